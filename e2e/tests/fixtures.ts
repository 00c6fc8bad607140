import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A page object for the main screen, handed to specs through a fixture. */
export class PlaygroundPage {
  readonly editor: Locator;
  readonly send: Locator;
  readonly status: Locator;
  readonly rawResponse: Locator;
  /** The list of problems under the editor. */
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('request-editor');
    this.send = page.getByRole('button', { name: /^(Send|보내기)$/ });
    this.status = page.getByTestId('response-status');
    this.rawResponse = page.getByTestId('raw-response');
    this.problems = page.getByTestId('problems-summary');
  }

  /** The right-hand pane's tab: 'Response' or 'History'. */
  pane(name: 'Response' | 'History'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** The text in the editor, as the learner wrote it (lines joined with LF). */
  async editorText(): Promise<string> {
    return this.editor.evaluate((el) => Array.from(el.querySelectorAll('.cm-line')).map((l) => l.textContent ?? '').join('\n'));
  }

  async goto(path = '/') {
    await this.page.addInitScript(() => {
      if (!sessionStorage.getItem('teapot.e2e')) {
        localStorage.clear();
        localStorage.setItem('teapot.lang', 'en');
        sessionStorage.setItem('teapot.e2e', '1');
      }
    });
    await this.page.goto(path);
    await expect(this.editor).toBeVisible();
  }

  /** Replaces the editor's text as a learner would: select all, then type. */
  async setRequest(text: string) {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  note(id: string): Locator {
    return this.page.locator(`[data-note-id="${id}"]`).first();
  }
}

export const test = base.extend<{ playground: PlaygroundPage }>({
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page));
  },
});

export { expect };
