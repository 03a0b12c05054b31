import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      fileNameOf(
        `attachment; filename=members.xlsx; filename*=UTF-8''%E5%85%9A%E5%91%98.xlsx`,
        'x.xlsx',
      ),
    ).toBe('党员.xlsx');
    expect(fileNameOf('attachment; filename="members.xlsx"', 'x.xlsx')).toBe('members.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
