import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/tokens.css';

// The app's own font for the UI (generated at build: scripts/font/build-font.mjs). A glob, so that
// type-checking does not need the generated file.
import.meta.glob('./generated/fonts/fonts.css', { eager: true });

mount(App, { target: document.getElementById('app')! });
