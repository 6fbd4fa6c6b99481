// @vitest-environment happy-dom
// A component loaded when shown (a popup form, the panel's call script): nothing until its module has loaded, at once once it has.
import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { lazy } from '../../src/ui/lazy';

afterEach(cleanup);

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazy', () => {
  it('renders nothing until its module has loaded, then the component with its props', async () => {
    let resolve!: (c: typeof Hello) => void;
    const Lazy = lazy(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const { container } = render(<Lazy name="Ada" />);
    expect(container.textContent).toBe('');
    resolve(Hello);
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('once preloaded, shows the component on its first render and loads the module once', async () => {
    let loads = 0;
    const Lazy = lazy(async () => {
      loads++;
      return Hello;
    });
    await Lazy.preload();
    render(<Lazy name="Grace" />);
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    await Lazy.preload();
    expect(loads).toBe(1);
  });

  it('a failed load is retried on the next use', async () => {
    let fail = true;
    const Lazy = lazy(async () => {
      if (fail) throw new Error('offline');
      return Hello;
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    fail = false;
    render(<Lazy name="Linus" />);
    expect(await screen.findByText('Hello Linus')).toBeTruthy();
  });
});
