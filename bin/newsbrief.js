#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx newsbrief` and `npm install -g` need no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
