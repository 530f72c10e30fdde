import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** The sign-in page (root or IAM user), the forced password change, and signing out from the account menu. */
export class SignIn {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  field(key: string) {
    return this.page.getByLabel(this.t(key), { exact: true });
  }

  /**
   * IAM user sign in, from the account's sign-in URL (`/signin?account=`) or the page already open (`open: false`);
   * `choose`: the page open is the main one, where IAM user and the account come first.
   */
  async asIamUser(account: string, userName: string, password: string, { open = true, choose = false } = {}) {
    if (open) await this.page.goto(`/signin?account=${encodeURIComponent(account)}`);
    if (choose) {
      await this.page.getByText(this.t('signin.iamUser'), { exact: true }).click();
      await this.field('signin.accountIdOrAlias').fill(account);
      await this.page.getByRole('button', { name: this.t('signin.next') }).click();
    }
    await this.field('signin.account').fill(account);
    await this.field('signin.userName').fill(userName);
    await this.field('signin.password').fill(password);
    await this.submit();
  }

  async asRoot(email: string, password: string) {
    await this.page.getByText(this.t('signin.rootUser'), { exact: true }).click();
    await this.field('signin.rootEmail').fill(email);
    await this.page.getByRole('button', { name: this.t('signin.next') }).click();
    await this.field('signin.password').fill(password);
    await this.submit();
  }

  async submit() {
    await this.page.getByRole('button', { name: this.t('signin.submit'), exact: true }).click();
  }

  failure() {
    return this.page.getByText(this.t('signin.failed'));
  }

  async signOut(accountLabel: string, item = 'nav.signOut') {
    await this.page.getByRole('button', { name: accountLabel }).click();
    await this.page.getByRole('menuitem', { name: this.t(item), exact: true }).click();
  }
}
