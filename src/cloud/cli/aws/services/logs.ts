import type { CliService } from '../command';

// CloudWatch Logs is not simulated yet: its commands say so. Adding it means filling in this table.
export const logsService: CliService = { name: 'logs', commands: [], unsupported: true };
