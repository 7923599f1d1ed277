import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeHearth, resetHearth } from './fakeHearth';

// The renderer's api/hearth.ts uses window.hearth when the preload has set it, as in Electron.
window.hearth = fakeHearth();

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};
Element.prototype.scrollIntoView ??= () => undefined;

afterEach(() => {
  cleanup();
  resetHearth();
});
