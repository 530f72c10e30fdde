import type { Page } from '@playwright/test';

/** The xterm.js terminal of EC2 Instance Connect or CloudShell: type a line, read what the screen shows. */
export class TerminalPage {
  constructor(readonly page: Page) {}

  screen() {
    return this.page.getByTestId('terminal').locator('.xterm-rows');
  }

  /** Pastes a line into the terminal (a clipboard paste event, as xterm.js gets one), then presses Enter. */
  async run(line: string) {
    const input = this.page.getByTestId('terminal').locator('textarea');
    await input.focus();
    await input.evaluate((textarea, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    }, line);
    await this.page.keyboard.press('Enter');
  }

  /** Instances > select the instance > Connect: the "Connect to instance" page. */
  async openConnectPage(labels: { select: string; connect: string }) {
    await this.page.goto('/ec2/instances');
    await this.page.getByRole('checkbox', { name: labels.select }).check();
    await this.page.getByRole('link', { name: labels.connect, exact: true }).click();
  }

  /** Opens a terminal on a running instance through Instances > Connect > EC2 Instance Connect > Connect. */
  async connect(labels: { select: string; connect: string }) {
    await this.openConnectPage(labels);
    await this.page.getByRole('button', { name: labels.connect, exact: true }).click();
    await this.screen().getByText(/\$ $/).first().waitFor();
  }
}
