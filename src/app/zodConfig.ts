/**
 * No JIT-compiled validators in the browser: the Content-Security-Policy forbids eval, and zod's
 * feature probe alone would be reported as a violation. Imported first by main.tsx so that it runs
 * before any module parses anything.
 */
import { z } from 'zod';

z.config({ jitless: true });
