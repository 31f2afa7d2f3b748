import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from src/ (tests) or dist/ (the built CLI). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_CRITERIA_DIR = join(PACKAGE_ROOT, 'criteria');
export const BUNDLED_TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
