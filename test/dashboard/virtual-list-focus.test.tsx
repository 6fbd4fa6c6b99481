// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { offsetsOf, VirtualList } from '../../src/dashboard/virtual-list';

afterEach(cleanup);

function List({ focusRequest }: { focusRequest: number }) {
  return (
    <>
      <input type="search" aria-label="Search" />
      <VirtualList
        count={3}
        offsets={offsetsOf([40, 40, 40])}
        label="Applications"
        focusable={() => true}
        keyOf={(i) => `row-${i}`}
        render={(i, tabIndex) => (
          <a href={`#app/${i}`} tabIndex={tabIndex}>
            Row {i}
          </a>
        )}
        focusRequest={focusRequest}
      />
    </>
  );
}

describe("the list's focus request (after a move to the list)", () => {
  it('puts the focus on the active row', async () => {
    const view = render(<List focusRequest={0} />);
    view.rerender(<List focusRequest={1} />);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Row 0'));
  });

  it('leaves it in a field the user already went to (the search box clicked a frame earlier)', async () => {
    const view = render(<List focusRequest={0} />);
    const search = view.getByRole('searchbox');
    search.focus();
    view.rerender(<List focusRequest={1} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(search);
  });
});
