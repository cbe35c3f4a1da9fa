import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/styles.css';

// zod compiles fast validators with `new Function` where eval is allowed; the site's
// Content-Security-Policy forbids eval, so it is told not to try (which would raise a violation).
// zod reads its settings from this global (shared by every copy of it), so the first load does
// not have to carry zod to set it.
const zodSettings = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodSettings.__zod_globalConfig ??= {}).jitless = true;

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
export default mount(App, { target });
