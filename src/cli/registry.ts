import type { Command } from 'commander';
import { registerInterview } from './commands/interview.js';
import { registerCriteria } from './commands/criteria.js';
import { registerScore } from './commands/score.js';
import { registerLint } from './commands/lint.js';
import { registerAward } from './commands/award.js';
import { registerMonitor } from './commands/monitor.js';

/**
 * Commands other than generate register here, one line each, so that helpers adding a command touch one line.
 * Each register function must keep heavy imports inside its action.
 */
export function registerCommands(_program: Command): void {
  // registered commands are added below
  registerInterview(_program);
  registerCriteria(_program);
  registerScore(_program);
  registerLint(_program);
  registerAward(_program);
  registerMonitor(_program);
}
