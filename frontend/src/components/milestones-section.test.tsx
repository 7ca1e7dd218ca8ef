import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MilestonesSection } from './milestones-section';

const m = (name: string, date: string, issueKeys: string[] = []) => ({ id: null, name, date, issueKeys });

describe('MilestonesSection', () => {
  it('lists milestones by date with their timing', () => {
    render(
      <MilestonesSection
        today="2026-11-27"
        milestones={[m('GA', '2027-01-15', ['WEB-1', 'WEB-2']), m('Beta', '2026-11-20'), m('RC', '2026-11-30', ['WEB-3'])]}
      />,
    );
    const items = within(screen.getByRole('region', { name: 'Milestones' })).getAllByTestId('milestone');
    expect(items.map((item) => item.getAttribute('data-timing'))).toEqual(['past', 'soon', 'upcoming']);
    expect(items[0]).toHaveTextContent('Beta20 Nov 2026Past7 days ago');
    expect(items[1]).toHaveTextContent('RC30 Nov 2026Due soon3 days left1 issue');
    expect(items[2]).toHaveTextContent('GA15 Jan 2027Upcoming49 days left2 issues');
    expect(screen.getByText('2 issues')).toHaveAttribute('title', 'WEB-1, WEB-2');
  });

  it('flags a milestone due today and says when there are none', () => {
    const { rerender } = render(<MilestonesSection today="2026-11-27" milestones={[m('Launch', '2026-11-27')]} />);
    expect(screen.getByTestId('milestone')).toHaveTextContent('Due today');
    rerender(<MilestonesSection milestones={[]} />);
    expect(screen.getByText('This program has no milestones.')).toBeInTheDocument();
  });
});
