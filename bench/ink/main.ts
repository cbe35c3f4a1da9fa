import { Story } from 'inkjs';
import story from './story.ink';

/** Plays the ink story: its lines as paragraphs, its choices as buttons (the bench's ink page). */
const ink = new Story(story);
const text = document.getElementById('story') as HTMLElement;
const choices = document.getElementById('choices') as HTMLElement;

function show(): void {
  while (ink.canContinue) {
    const p = document.createElement('p');
    p.textContent = ink.Continue() ?? '';
    text.append(p);
  }
  choices.replaceChildren();
  for (const choice of ink.currentChoices) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = choice.text;
    button.addEventListener('click', () => {
      ink.ChooseChoiceIndex(choice.index);
      show();
    });
    choices.append(button);
  }
}
show();
