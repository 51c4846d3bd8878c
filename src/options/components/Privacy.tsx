/**
 * What is stored where, and the only network requests Second Source ever makes: to the
 * feeds the reader follows and their articles' sites.
 */
export function Privacy() {
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy: what is stored where</h2>
      <p>
        <strong>Nothing leaves this device.</strong> Second Source sends no data anywhere: pages are
        read and compared inside your browser.
      </p>
      <p>
        <strong>Network requests happen only for the feeds you follow.</strong> Until you follow a
        feed, Second Source requests nothing. Then it asks for those feeds and for the pages of
        their articles, on those sites only, without cookies or other credentials. No request ever
        names or depends on the page you are reading.
      </p>
      <ul class="plain">
        <li>
          <strong>Settings</strong> (this page) are kept in the browser’s extension settings
          storage. If you sign in to browser sync, your browser may copy them to your other devices;
          they hold no articles and no browsing history.
        </li>
        <li>
          <strong>Imported packs, feed articles and reading history</strong> are kept in the
          extension’s own database (IndexedDB) on this device. Deleting a corpus or an article here
          removes it.
        </li>
        <li>
          <strong>Reports on open tabs</strong> are kept in session memory and vanish when you close
          the tab or the browser.
        </li>
        <li>
          <strong>Pages</strong> are read only when you click the toolbar button, or on the sites
          you chose for automatic annotation.
        </li>
      </ul>
      <p>
        The full privacy policy, with every permission and why it is needed:{' '}
        <a href="privacy.txt" target="_blank" rel="noopener">
          privacy policy
        </a>
        .
      </p>
    </section>
  );
}
