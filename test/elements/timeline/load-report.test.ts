import { expect } from '@open-wc/testing';
import { loadFailureReport, problemsReport } from '../../../src/elements/timeline/load-report.js';
import type { Problem, ValidationResult } from '../../../src/model/validate.js';
import { datasetWith } from '../../helpers/datasets.js';

const problem: Problem = {
  path: '$.events[1].date',
  message: { ar: 'تاريخ غير صالح', en: 'not a valid date' },
  level: 'error',
};
const result = (usable: boolean, rejected: number): ValidationResult =>
  ({
    dataset: usable ? datasetWith([{}]) : null,
    rejected: Array.from({ length: rejected }, () => ({})),
    problems: [problem],
    unverified: new Map(),
  }) as unknown as ValidationResult;

describe('load-report', () => {
  it('reports nothing for data without problems', () => {
    expect(problemsReport(result(true, 0), [], 'en')).to.equal(null);
  });

  it('says whether the data is unusable, events were left out, or only problems found, each with its path', () => {
    expect(problemsReport(result(false, 0), [problem], 'en')).to.deep.equal({
      message: 'This timeline’s data could not be used',
      errors: ['$.events[1].date: not a valid date'],
    });
    expect(problemsReport(result(true, 1), [problem], 'en')!.message).to.equal('1 event could not be shown');
    expect(problemsReport(result(true, 0), [problem, problem], 'en')!.message).to.equal('2 problems in the data');
  });

  it('reports in Arabic for an Arabic timeline', () => {
    const report = problemsReport(result(false, 0), [problem], 'ar')!;
    expect(report.message).to.equal('تعذّر استخدام بيانات هذا الخط الزمني');
    expect(report.errors).to.deep.equal(['$.events[1].date: تاريخ غير صالح']);
  });

  it('says why a src could not be loaded, and which', () => {
    const url = 'https://example.org/story.json';
    expect(loadFailureReport({ kind: 'http', status: 404 }, url, 'en')).to.deep.equal({
      message: 'The timeline could not be loaded: the server answered 404',
      errors: [url],
    });
    expect(loadFailureReport({ kind: 'http', status: 404 }, url, 'ar').message).to.equal(
      'تعذّر تحميل الخط الزمني: أجاب الخادم بالرمز 404',
    );
  });
});
