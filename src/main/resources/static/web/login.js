import { setLang, translate } from './i18n.js';

translate();
document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', () => {
  setLang(button.dataset.lang);
  translate();
}));
