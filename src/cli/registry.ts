import type { Command } from 'commander';

/**
 * Commands other than generate register here, one line each, so that helpers adding a command touch one line.
 * Each register function must keep heavy imports inside its action.
 */
export function registerCommands(_program: Command): void {
  // registered commands are added below
}
