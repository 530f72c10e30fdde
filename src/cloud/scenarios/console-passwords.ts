// The seed worlds' console passwords. They are a lab's published sign-in details (the README and the
// labs give them), not secrets; the world itself holds only their salted hashes, made once with
// core/password-hash.ts so that no fresh world pays for hashing on start.

export const STUDENT_PASSWORD = 'Student#2026';
export const STUDENT_PASSWORD_HASH = 'scrypt$16$8$1$xJVl1Efx2owDyohPFQZa5A==$TTG/BMUYxu0fdQM/fqC6ljBpw4lMiYfaldfxDotQbOs=';

export const ADMIN_PASSWORD = 'Admin#2026';
export const ADMIN_PASSWORD_HASH = 'scrypt$16$8$1$8ScL89Mf1JCgJKiFf534vg==$9Iwxa5DNhyhSDZOJl+jmwIh4ZGRa0SHr7fYbBmCF19Q=';

/** The default account's root user: its email and password. */
export const ROOT_EMAIL = 'owner@acme-training.example';
export const ROOT_PASSWORD = 'Root#2026';
export const ROOT_PASSWORD_HASH = 'scrypt$16$8$1$bFDPD1UzBnUoNkN0NuYtoA==$Mf7rGblyYJTcfOTKn+UfGTzaxCRxMkAhugJXnCaD6tc=';
