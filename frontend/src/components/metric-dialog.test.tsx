import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ProblemError } from '../lib/problem-error';

import { MetricDialog } from './metric-dialog';

const type = (label: string, value: string) => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe('MetricDialog', () => {
  it('checks what it can before saving and sends a JQL metric', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<MetricDialog title="Add a metric" onSave={onSave} onCancel={vi.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText('Give the metric a name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the JQL whose issues to count.')).toBeInTheDocument();
    type('Target value (optional)', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText('A target needs both a value and a date.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    type('Name', ' Open findings ');
    type('Unit (optional)', 'findings');
    type('Target date', '2030-06-30');
    type('JQL', 'labels = security-finding AND statusCategory != Done');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    await waitFor(() => {
      expect(onSave).toHaveBeenCalledTimes(1);
    });
    expect(onSave).toHaveBeenCalledWith({
      name: 'Open findings',
      unit: 'findings',
      direction: 'DOWN_IS_GOOD',
      targetValue: 10,
      targetDate: '2030-06-30',
      source: { type: 'JQL', jql: 'labels = security-finding AND statusCategory != Done' },
    });
  });

  it("shows Keystone's field messages, Jira's words about the JQL included, beside the fields", async () => {
    const jira = "Error in the JQL Query: Expecting operand before the end of the query. (line 1, character 27)";
    const onSave = vi.fn(() =>
      Promise.reject(
        new ProblemError({
          title: 'Validation failed',
          status: 400,
          code: 'VALIDATION_FAILED',
          errors: [
            { field: 'source.jql', message: jira },
            { field: 'name', message: 'must be at most 200 characters' },
          ],
        }),
      ),
    );
    render(<MetricDialog title="Add a metric" onSave={onSave} onCancel={vi.fn()} />);
    type('Name', 'x');
    type('JQL', 'labels ==');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText(jira)).toBeInTheDocument();
    expect(screen.getByText('must be at most 200 characters')).toBeInTheDocument();
  });

  it('builds mirror and cycle-time sources from their own inputs', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<MetricDialog title="Add a metric" onSave={onSave} onCancel={vi.fn()} />);
    type('Name', 'Blocked bugs');
    type('Source', 'MIRROR');
    type('Issue types (comma-separated)', 'Bug, Bug');
    type('Blocked', 'yes');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    await waitFor(() => {
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({
          source: {
            type: 'MIRROR',
            aggregate: 'COUNT',
            filter: { labels: [], issueTypes: ['Bug'], statusCategories: [], blocked: true },
          },
        }),
      );
    });

    type('Source', 'CYCLE_TIME');
    type('Days looked back', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    expect(await screen.findByText('Enter 7 to 365 days.')).toBeInTheDocument();
    type('Days looked back', '14');
    type('Statistic', 'P85');
    fireEvent.click(screen.getByRole('button', { name: 'Save metric' }));
    await waitFor(() => {
      expect(onSave).toHaveBeenLastCalledWith(
        expect.objectContaining({ source: { type: 'CYCLE_TIME', statistic: 'P85', windowDays: 14 } }),
      );
    });
  });
});
