import type { CommandModule } from '../program.js';
import { frameworksCommand } from './frameworks.js';
import { historyCommands } from './history.js';
import { permissionsCommand } from './permissions.js';
import { reportCommand } from './report.js';
import { rulesCommand } from './rules.js';
import { scanCommand } from './scan.js';

export const COMMANDS: readonly CommandModule[] = [scanCommand, rulesCommand, frameworksCommand, historyCommands, permissionsCommand, reportCommand];
