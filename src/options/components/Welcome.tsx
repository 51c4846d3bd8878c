/**
 * The first-run panel: what Second Source does, and the offer to turn on reading history
 * (off until the user says yes). Either answer hides the panel for good.
 */
export interface WelcomeProps {
  onAnswer: (rememberReading: boolean) => void;
}

export function Welcome({ onAnswer }: WelcomeProps) {
  return (
    <section class="card welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">Welcome to Second Source</h2>
      <p>
        On a news article, click the Second Source button in the toolbar to see which other outlets
        in your corpora covered the story and whether its quotations match theirs. A small demo
        corpus is built in; import packs of articles below to check today’s news.
      </p>
      <p>
        <strong>Remember what you read?</strong> Second Source can keep each article you check in a
        “Reading history” corpus on this device, so the next outlet’s article on the same story
        finds it. Nothing leaves your device, and you can exclude sites, switch it off or delete the
        history at any time.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          Yes, remember the articles I check
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          No thanks
        </button>
      </div>
    </section>
  );
}
