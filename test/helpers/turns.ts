/**
 * Resolves after a message task: the page had a turn. Unlike a timeout, it is not held back (a chain
 * of timeouts waits 4 ms each), so a test can count the turns work in slices leaves the page.
 */
export const aTurn = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
