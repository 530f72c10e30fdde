// The Create stack wizard's "Use a sample template" list: plain data from the simulated cloud, re-exported
// here because feature code may import only types from src/cloud.
export { SAMPLE_TEMPLATES, type SampleTemplate } from '../../cloud/cloudformation/samples/sample-templates';
