import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** EC2 > Instances > Launch an instance: its sections, the Summary's Launch instance and the launch status. */
export class LaunchInstancesPage {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  goto(query = '') {
    return this.page.goto('/ec2/launch-instances' + query);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.t('launchInstances.title') });
  }

  name() {
    return this.page.getByLabel(this.t('launchInstances.name'), { exact: true });
  }

  /** A Quick Start tile (Amazon Linux, Ubuntu). */
  chooseQuickStart(family: string) {
    return this.page.getByRole('radio', { name: family, exact: true }).check();
  }

  amiId() {
    return this.page.getByTestId('ami-id');
  }

  /** Opens a Cloudscape select by its field label and picks the option whose label starts with `option`. */
  private async choose(fieldKey: string, option: string) {
    await this.page.getByLabel(this.t(fieldKey), { exact: true }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${option.replace(/[()]/g, '\\$&')}`) }).click();
  }

  chooseInstanceType(type: string) {
    return this.choose('launchInstances.instanceType', type);
  }

  proceedWithoutKeyPair() {
    return this.choose('launchInstances.keyPairName', this.t('launchInstances.noKeyPair'));
  }

  /** The AWS error in the Key pair (login) panel. */
  keyPairError() {
    return this.page.getByTestId('key-pair-error').getByTestId('aws-error-message');
  }

  /** Advanced details ▸ IAM instance profile. */
  async chooseInstanceProfile(profile: string) {
    await this.page.getByRole('button', { name: this.t('launchInstances.advanced') }).click();
    await this.choose('launchInstances.instanceProfile', profile);
  }

  launch() {
    return this.page.getByRole('button', { name: this.t('launchInstances.launch'), exact: true }).click();
  }

  success() {
    return this.page.getByTestId('launch-success');
  }

  failure() {
    return this.page.getByTestId('launch-failure');
  }

  viewAllInstances() {
    return this.page.getByRole('link', { name: this.t('launchInstances.viewInstances') }).click();
  }
}
