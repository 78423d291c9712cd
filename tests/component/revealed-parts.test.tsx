import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allShown } from '../../src/components/ui/coming';
import { useRevealedParts } from '../../src/components/ui/use-revealed-parts';

function Parts({ parts }: { parts: number }) {
  const shown = useRevealedParts(parts);
  return (
    <ol>
      {Array.from({ length: shown }, (_, index) => (
        <li key={index}>part {index + 1}</li>
      ))}
    </ol>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useRevealedParts', () => {
  it('shows the first part at once and one more after each drawn frame, up to the last', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    // The browser draws a frame: once the page has asked for one (from an effect, after its render).
    const drawFrame = async () => {
      await waitFor(() => expect(frames).toHaveLength(1));
      frames.shift()?.(performance.now());
    };
    render(<Parts parts={3} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['part 1']);

    // No frame drawn yet: nothing more.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);

    await drawFrame();
    expect(await screen.findByText('part 2')).toBeVisible();
    expect(screen.queryByText('part 3')).not.toBeInTheDocument();

    await drawFrame();
    expect(await screen.findByText('part 3')).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(frames, 'no frame asked for after the last part').toEqual([]);
  });

  it('says when every part is shown, and not before', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    render(<Parts parts={2} />);
    let shown = false;
    void allShown().then(() => {
      shown = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toBe(false);

    await waitFor(() => expect(frames).toHaveLength(1));
    frames.shift()?.(performance.now());
    expect(await screen.findByText('part 2')).toBeVisible();
    await waitFor(() => expect(shown).toBe(true));
  });

  it('shows every part at once in a hidden tab, where no frame is drawn', () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    render(<Parts parts={3} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
