// The comparison page for `npm run bench` (scripts/bench-ink.ts): the opening of the phone call in
// scenarios/pr-phone-referral.yaml, written as a branching story in ink, the way a branching
// scenario tool would hold it. Every line a student could say is a fixed choice.
-> call

=== call ===
Ring... ring. "Rich Smith speaking."
* [Introduce yourself and name Mike at once.]
    "Hello, Mr. Smith. My name is Patricia Law; I am a classmate of your son, Mike, and he suggested I call. I am a Communication student exploring public relations, and I would value twenty minutes of your advice, not a job."
    -> referred
* [Ask whether he has any openings.]
    "Hello, Mr. Smith. I'm Patricia. Do you have any openings at Ezra and White?"
    -> job_ask
* [Start with your own story.]
    "Hi! So, I have always loved writing, ever since I was small, and in high school I ran the paper, and then at Cornell..."
    -> rambling

=== referred ===
"Mike's friend! He mentioned you. I have a few minutes right now, actually. What would you like to know?"
* [Ask what a typical day looks like.]
    "What does a typical day look like for you at the agency?"
    -> day
* [Ask how he moved from reporting into PR.]
    "You were a business reporter first. How did you make the move into public relations?"
    -> move
* [Say you will call back when you are ready.]
    "Could I call you back later this week, once I have my questions in front of me?"
    "Of course. Try me Thursday morning." -> END

=== job_ask ===
"We don't have anything open, and I don't really do hiring. Good luck with your search."
The line goes quiet. -> END

=== rambling ===
"I'm sorry, who is this, and what can I do for you? I have a meeting in a few minutes."
* [Start again, this time naming Mike.]
    "I'm sorry. I'm Patricia Law, Mike's classmate; he suggested I call about public relations."
    -> referred
* [Apologise and hang up.]
    -> END

=== day ===
"No two are the same. Mornings are media calls and client check-ins; afternoons are writing, pitching and putting out whatever caught fire overnight."
* [Ask which skills matter most.]
    "Which skills matter most for someone starting out?"
    "Writing, first and always. Then judgment: knowing what a reporter will care about." -> wrap
* [Ask whether he would hire you.]
    "Would you consider me for a position?"
    -> job_ask

=== move ===
"Reporters learn fast what makes a story. Agencies want that. A client I covered hired me, and I never looked back."
-> wrap

=== wrap ===
* [Note the time and ask whom else to talk to.]
    "I said twenty minutes, and I want to respect that. Is there anyone else you would suggest I speak with?"
    "Talk to Dana Ruiz on our healthcare team. Tell her I sent you." -> END
* [Keep asking questions.]
    "Sorry, I have to run. Good luck." -> END
