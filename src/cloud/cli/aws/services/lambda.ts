import type { CliService } from '../command';

// Lambda is not simulated yet: its commands say so. Adding it means filling in this table.
export const lambdaService: CliService = { name: 'lambda', commands: [], unsupported: true };
