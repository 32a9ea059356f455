import { describe, expect, it } from 'vitest';
import { reportRows } from '../../src/tui/mock-report-lines.js';

describe('report rows', () => {
  it('wraps long lines at spaces and keeps the indent on continuation rows', () => {
    expect(reportRows('  ✗ reserved — Say how many addresses are reserved.', 24)).toEqual(['  ✗ reserved — Say how', '  many addresses are', '  reserved.']);
  });
  it('keeps blank lines and short lines as they are', () => {
    expect(reportRows('Overall: 48%\n\n  q1', 40)).toEqual(['Overall: 48%', '', '  q1']);
  });
  it('never loops on an indent wider than the screen', () => {
    expect(reportRows(`${' '.repeat(30)}word`, 12)).toEqual(['  word']);
  });
});
