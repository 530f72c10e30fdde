import { LabSchema, type Lab } from './lab-schema';
import ec2ReadsS3 from './builtin/ec2-reads-s3.json';
import temporaryPermissions from './builtin/temporary-permissions.json';

/** The labs that ship with the product, validated like any imported lab file. */
export const builtinLabs: readonly Lab[] = [ec2ReadsS3, temporaryPermissions].map((file) => LabSchema.parse(file));
