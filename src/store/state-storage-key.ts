/** Where the simulation is saved; apart from persistence so the boot can read it before the schemas load. */
export const STORAGE_KEY = 'iam-console-lab:state';
