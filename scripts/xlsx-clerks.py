#!/usr/bin/env python3
"""Clerks' workbooks for the XLSX import tests, each beside the CSV that holds the same data.

Writes, into the folder given, for every register a LibreOffice flat document (NAME.fods) as a
clerk's sheet really is (Chinese headers; dates typed as Chinese Excel users type them, as date
cells of several formats and as text; money as number cells in General, 0.00 and #,##0.00;
codes as numbers formatted 0; empty cells in the middle of rows; a hidden column; rich text; a
formula with its cached value; a second sheet) and NAME.csv, the same data as CSV. Then a few
sheets that must be refused. scripts/xlsx-fixtures.sh turns each .fods into .xlsx with soffice.
"""
import sys
from xml.sax.saxutils import escape

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = '10X98765432'


def idn(body):
    return body + C[sum(int(a) * b for a, b in zip(body, W)) % 11]


# Cell number formats, by the name the cells below use: (ODF data style, what it shows).
DATE_STYLES = {
    'ymd_slash': '<number:year number:style="long"/><number:text>/</number:text><number:month/>'
                 '<number:text>/</number:text><number:day/>',
    'ymd_cn': '<number:year number:style="long"/><number:text>年</number:text><number:month/>'
              '<number:text>月</number:text><number:day/><number:text>日</number:text>',
    'iso': '<number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/>'
           '<number:text>-</number:text><number:day number:style="long"/>',
    'mdy': '<number:month/><number:text>/</number:text><number:day/><number:text>/</number:text><number:year/>',
    'ymd_dot': '<number:year number:style="long"/><number:text>.</number:text><number:month/>'
               '<number:text>.</number:text><number:day/>',
    'md_cn': '<number:month/><number:text>月</number:text><number:day/><number:text>日</number:text>',
    'ym_cn': '<number:year number:style="long"/><number:text>年</number:text><number:month/>'
             '<number:text>月</number:text>',
    'mmm_yy': '<number:month number:textual="true"/><number:text>-</number:text><number:year/>',
}
NUMBER_STYLES = {
    'int': '<number:number number:decimal-places="0" number:min-integer-digits="1"/>',
    'money': '<number:number number:decimal-places="2" number:min-integer-digits="1"/>',
    'grouped': '<number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>',
    'grouped_int': '<number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>',
    'yuan': '<number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>元</number:text>',
}


class Cell:
    """One cell: its ODF XML, and the CSV value that holds the same data."""

    def __init__(self, xml, csv):
        self.xml = xml
        self.csv = csv


def text(s, csv=None):
    return Cell('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(s),
                s if csv is None else csv)


def rich(*runs):
    """Text typed with part of it in another colour: shared strings with rich text runs."""
    parts = ''.join(escape(r) if i % 2 == 0 else '<text:span text:style-name="red">%s</text:span>' % escape(r)
                    for i, r in enumerate(runs))
    return Cell('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % parts,
                ''.join(runs))


def date(iso, style, csv=None):
    return Cell('<table:table-cell table:style-name="c_%s" office:value-type="date" office:date-value="%s"/>'
                % (style, iso), iso if csv is None else csv)


def number(value, style=None, csv=None):
    s = '' if style is None else ' table:style-name="c_%s"' % style
    return Cell('<table:table-cell%s office:value-type="float" office:value="%s"/>' % (s, value),
                value if csv is None else csv)


def formula(expr, value, style=None, kind='float', csv=None):
    """A formula with the value the office suite computed and saved with it."""
    s = '' if style is None else ' table:style-name="c_%s"' % style
    attr = 'office:date-value' if kind == 'date' else 'office:value'
    return Cell('<table:table-cell%s table:formula="of:=%s" office:value-type="%s" %s="%s"/>'
                % (s, escape(expr, {'"': '&quot;'}), kind, attr, value), value if csv is None else csv)


def empty():
    return Cell('<table:table-cell/>', '')


def lines(*parts):
    """Text typed on several lines of one cell (Alt-Enter in Excel)."""
    return Cell('<table:table-cell office:value-type="string">%s</table:table-cell>'
                % ''.join('<text:p>%s</text:p>' % escape(p) for p in parts), '\n'.join(parts))


def boolean(value, csv=None):
    """A TRUE/FALSE cell (a tick box, or TRUE typed into a General cell)."""
    return Cell('<table:table-cell office:value-type="boolean" office:boolean-value="%s"/>' % ('true' if value else 'false'),
                ('TRUE' if value else 'FALSE') if csv is None else csv)


def merged(s, rows):
    """Text in a cell merged down over {@code rows} rows; the rows below hold covered() in its place."""
    return Cell('<table:table-cell table:number-rows-spanned="%d" table:number-columns-spanned="1"'
                ' office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (rows, escape(s)), s)


def covered():
    return Cell('<table:covered-table-cell/>', '')


def fods(rows, hidden=(), blank_first_row=False, second_sheet=True):
    styles = ''.join('<number:date-style style:name="N_%s">%s</number:date-style>' % (n, x)
                     for n, x in DATE_STYLES.items())
    styles += ''.join('<number:number-style style:name="N_%s">%s</number:number-style>' % (n, x)
                      for n, x in NUMBER_STYLES.items())
    styles += ''.join('<style:style style:name="c_%s" style:family="table-cell" style:data-style-name="N_%s"/>'
                      % (n, n) for n in list(DATE_STYLES) + list(NUMBER_STYLES))
    styles += ('<style:style style:name="red" style:family="text"><style:text-properties fo:color="#c00000"'
               ' fo:font-weight="bold"/></style:style>')
    width = max(len(r) for r in rows)
    columns = ''.join('<table:table-column%s/>' % (' table:visibility="collapse"' if i in hidden else '')
                      for i in range(width))
    body = '<table:table-row><table:table-cell/></table:table-row>' if blank_first_row else ''
    body += ''.join('<table:table-row>%s</table:table-row>' % ''.join(c.xml for c in r) for r in rows)
    sheets = '<table:table table:name="登记表">%s%s</table:table>' % (columns, body)
    if second_sheet:
        sheets += ('<table:table table:name="说明"><table:table-row><table:table-cell office:value-type="string">'
                   '<text:p>填表说明：身份证号列设为文本</text:p></table:table-cell></table:table-row></table:table>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
            ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
            ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
            ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"'
            ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document>\n'
            % (styles, sheets))


def csv(rows):
    def quote(v):
        return '"%s"' % v.replace('"', '""') if any(ch in v for ch in ',"\n') else v
    return ''.join(','.join(quote(c.csv) for c in r) + '\n' for r in rows)


def header(*names):
    return [text(n) for n in names]


V1, V2, V3 = '990101101201', '990101101202', '990101102201'
MOTHER = idn('99010119900101002')
FATHER = idn('99010119880808001')

REGISTERS = {
    'areas': dict(rows=[
        header('代码', '名称', '上级代码'),
        [number('990101'), text('示范县'), empty()],
        [number('990101101'), rich('东', '镇'), number('990101')],
        [number('990101101201', 'int'), text('一村'), number('990101101')],
        [text('990101101202'), rich('二', '村'), text('990101101')],
    ]),
    'schemes': dict(rows=[
        header('代码', '名称', '年标准'),
        [text('elder_care'), text('高龄补贴'), number('1200', 'grouped', '1200.00')],
        [text('school_aid'), rich('助学', '补贴'), number('800.5', 'money', '800.50')],
        [text('burial'), text('丧葬补助'), empty()],
    ]),
    'persons': dict(hidden={5}, rows=[
        header('身份证号', '姓名', '性别', '出生日期', '村居代码', '户号', '户籍类型', '婚姻状况', '电话', '死亡日期'),
        [text(MOTHER), rich('张', '𠮷'), text('女'), date('1990-01-01', 'ymd_slash'), number(V1, 'int'),
         text('H001'), text('户籍常住'), text('已婚'), text('13800138000'), empty()],
        [text(idn('99010119850305001')), text('欧阳乐'), text('男'), date('1985-03-05', 'ymd_cn'), text(V2),
         empty(), text('流入'), empty(), text('01088886666'), empty()],
        [empty(), text('李小雷'), text('男'), date('2025-05-05', 'iso'), text(V3), text('H009'),
         text('户籍常住'), empty(), empty(), empty()],
        [text(idn('99010120000229003')), text('李雷'), text('男'), text('2000/2/29', '2000-02-29'), text(V3),
         text('H009'), text('户籍常住'), text('未婚'), empty(), empty()],
        [text(idn('99010119880701004')), text('王芳'), text('女'), text('1988年7月1日', '1988-07-01'), number(V1, 'int'),
         empty(), text('流出'), text('离婚'), empty(), empty()],
        [text(FATHER), text('赵强'), text('男'), number('19880808', None, '1988-08-08'), text(V1), text('H001'),
         text('户籍常住'), text('已婚'), empty(), empty()],
        [text(idn('99010119400101005')), text('孙老汉'), text('男'), date('1940-01-01', 'iso'), text(V1), empty(),
         text('户籍常住'), text('丧偶'), empty(), date('2026-03-02', 'mdy')],
    ]),
    'births': dict(rows=[
        header('婴儿姓名', '婴儿性别', '出生日期', '孩次', '母亲身份证号', '母亲姓名', '父亲身份证号', '村居代码', '出生地点',
               '出生医学证明编号', '登记日期'),
        [rich('张', '小', '花'), text('女'), date('2026-03-01', 'mdy'), number('1'), text(MOTHER), text('张𠮷'),
         text(FATHER), number(V1, 'int'), text('医院'), text('Q440012345'),
         formula('DATE(2026;3;5)', '2026-03-05', 'ymd_cn', 'date')],
        [empty(), text('男'), text('2026/3/1', '2026-03-01'), number('2', 'int'), empty(), text('刘梅'), empty(),
         text(V2), text('家中'), empty(), text('2026年3月5日', '2026-03-05')],
        [text('王宝'), text('M'), date('2026-02-27', 'ymd_dot'), number('1'), empty(), text('王芳'), empty(), text(V3),
         empty(), text('O441234567'), text('2026.3.6', '2026-03-06')],
    ]),
    'deaths': dict(rows=[
        header('身份证号', '姓名', '性别', '死亡日期', '村居代码', '登记日期'),
        [text(idn('99010119400101005')), text('孙老汉'), text('男'), date('2026-03-02', 'ymd_cn'), text(V1),
         formula('[.D2]+3', '2026-03-05', 'iso', 'date')],
        [empty(), rich('钱', '婆婆'), text('女'), text('2026年3月4日', '2026-03-04'), number(V2, 'int'),
         date('2026-03-09', 'ymd_slash')],
    ]),
    'marriages': dict(rows=[
        header('女方身份证号', '女方姓名', '男方身份证号', '男方姓名', '结婚日期', '女方初婚', '村居代码', '登记日期'),
        [text(idn('99010119960606008')), text('周敏'), text(idn('99010119950505007')), text('吴刚'),
         date('2026-05-20', 'ymd_dot'), text('是'), text(V1), text('2026.5.20', '2026-05-20')],
        [empty(), text('郑洁'), empty(), text('冯伟'), text('20260601', '2026-06-01'), text('否'), number(V3, 'int'),
         date('2026-06-02', 'iso')],
    ]),
    'migrations': dict(rows=[
        header('身份证号', '姓名', '性别', '出生日期', '方向', '流动日期', '村居代码', '流出地/流入地', '登记日期'),
        [text(idn('99010119920202008')), text('陈晨'), text('女'), date('1992-02-02', 'ymd_cn'), text('流入'),
         date('2026-04-01', 'ymd_slash'), text(V2), text('广东省深圳市'), date('2026-04-03', 'ymd_slash')],
        [empty(), text('林木'), text('男'), empty(), text('流出'), text('2026/4/10', '2026-04-10'), number(V1, 'int'),
         empty(), text('2026年4月12日', '2026-04-12')],
    ]),
    'benefits': dict(rows=[
        header('身份证号', '姓名', '村居代码', '项目', '所属月份', '应发金额', '实发金额', '发放日期'),
        [text(MOTHER), text('张𠮷'), number(V1, 'int'), text('childcare'), date('2026-03-01', 'ym_cn', '2026-03'),
         number('300'), formula('[.F2]', '300'), date('2026-03-20', 'ymd_cn')],
        [text(MOTHER), text('张𠮷'), text(V1), text('childcare'), date('2026-04-01', 'mmm_yy', '2026-04'),
         number('300.5', 'money', '300.50'), number('0'), empty()],
        [empty(), text('赵强'), text(V1), text('rural_reward'), date('2026-05-01', 'ymd_slash', '2026-05'),
         number('1200', 'grouped', '1200.00'), number('1200', 'yuan', '1200.00'), text('2026/5/8', '2026-05-08')],
        [empty(), text('王芳'), text(V1), text('special_support'), text('2026-06'), number('450', 'money', '450.00'),
         formula('[.F5]-50', '400', 'money', csv='400.00'), empty()],
        [empty(), text('李雷'), text(V3), text('childcare'), text('2026年7月', '2026-07'), number('300'), number('300'),
         empty()],
    ]),
    'visits': dict(hidden={4}, rows=[
        header('户号', '村居代码', '走访日期', '走访人', '事由', '备注'),
        [text('H001'), number(V1, 'int'), date('2026-03-05', 'ymd_cn'), rich('赵', '工'), text('入户核实'), empty()],
        [empty(), text(V2), text('2026/3/6', '2026-03-06'), text('王工'), empty(), text('家中无人，下周再访')],
        [text('H009'), text(V3), date('2026-03-07', 'iso'), text('李工'), text('政策宣传'), text('送宣传册')],
    ]),
    'population': dict(rows=[
        header('村居代码', '时点', '人口数'),
        [number(V1, 'int'), date('2026-01-01', 'ymd_cn'), number('1234', 'grouped_int')],
        [text(V2), text('2026/1/1', '2026-01-01'), number('987')],
        [text(V3), date('2026-01-01', 'iso'), number('2001', 'int')],
    ]),
    # A hospital's list of births for `reconcile births` (SPEC 12), as the hospital's clerk keeps it.
    'hospital-list': dict(rows=[
        header('出生医学证明编号', '婴儿身份证号', '婴儿姓名', '婴儿性别', '出生日期', '母亲姓名', '母亲身份证号', '村居代码',
               '住址', '接生机构'),
        [text('Q440012345'), empty(), rich('张', '小', '花'), text('女'), date('2026-03-01', 'ymd_cn'), text('张𠮷'),
         text(MOTHER), number(V1, 'int'), text('一村3组'), text('县人民医院')],
        [empty(), text(idn('99010120260302005')), text('陈宝'), text('男'), text('2026/3/2', '2026-03-02'), text('陈红'),
         empty(), empty(), empty(), text('县妇幼保健院')],
        [text('O441234567'), empty(), text('王宝'), text('女'), date('2026-02-27', 'mdy'), text('王芳'), empty(),
         text(V3), empty(), empty()],
    ]),
    # A county's template: required marks (*name, name*, （必填）, (选填), a full-width asterisk), a
    # name on two lines of its cell (Alt-Enter), full-width spaces around and inside a name; the
    # yes/no column as tick boxes (TRUE/FALSE cells), which the CSV twin writes Y/N.
    'marriages-template': dict(rows=[
        [text('女方身份证号（必填）'), text('*女方姓名'), text('男方身份证号(选填)'), text('男方姓名*'), lines('结婚', '日期'),
         text('\u3000女方初婚\u3000'), text('村\u3000居\u3000代\u3000码'), text('＊登记日期')],
        [text(idn('99010119960606008')), text('周敏'), text(idn('99010119950505007')), text('吴刚'),
         date('2026-05-20', 'ymd_dot'), boolean(True, 'Y'), text(V1), date('2026-05-20', 'iso')],
        [empty(), text('郑洁'), empty(), text('冯伟'), text('20260601', '2026-06-01'), boolean(False, 'N'), number(V3, 'int'),
         date('2026-06-02', 'iso')],
    ]),
}

# Sheets that are refused, each for one reason a clerk's file has (no CSV twin).
REFUSED = {
    # A month column holding a date of the 15th shown with its day; the row after it a date of the
    # 15th formatted to show only the month (taken as that month).
    'benefits-month-day': dict(rows=[
        header('姓名', '村居代码', '项目', '所属月份', '应发金额', '实发金额'),
        [text('张𠮷'), text(V1), text('childcare'), date('2026-03-15', 'ymd_slash'), number('300'), number('300')],
        [text('张𠮷'), text(V1), text('childcare'), date('2026-04-15', 'ym_cn'), number('300'), number('300')],
    ]),
    # Codes typed as numbers and left in General: Excel shows 12 digits as 9.90101E+11.
    'areas-general': dict(rows=[
        header('代码', '名称', '上级代码'),
        [number('990101'), text('示范县'), empty()],
        [number('990101101'), text('东镇'), number('990101')],
        [number('990101101201'), text('一村'), number('990101101')],
    ]),
    # A household number 3-12 typed into a General column: Excel took it for 12 March.
    'persons-household-date': dict(rows=[
        header('姓名', '性别', '出生日期', '村居代码', '户号', '户籍类型'),
        [text('赵强'), text('男'), date('1988-08-08', 'iso'), text(V1), date('2026-03-12', 'md_cn'), text('户籍常住')],
    ]),
    # Months typed as numbers: 202603 is March; 2026.10 is held and shown as 2026.1.
    'benefits-number-month': dict(rows=[
        header('姓名', '村居代码', '项目', '所属月份', '应发金额', '实发金额'),
        [text('张𠮷'), text(V1), text('childcare'), number('202603'), number('300'), number('300')],
        [text('张𠮷'), text(V1), text('childcare'), number('2026.1'), number('300'), number('300')],
    ]),
    # A name looked up by a formula that failed (#DIV/0!), its error value saved as the cell's value.
    'visits-formula-error': dict(rows=[
        header('村居代码', '走访日期', '走访人'),
        [text(V1), date('2026-03-05', 'iso'), formula('1/0', '0', csv='')],
    ]),
    # A typo in a name with a required mark: 姓明 for 姓名.
    'persons-typo': dict(rows=[
        header('*姓明', '*性别', '*出生日期', '*村居代码', '*户籍类型'),
        [text('赵强'), text('男'), date('1988-08-08', 'iso'), text(V1), text('户籍常住')],
    ]),
    # TRUE/FALSE cells outside a yes/no column: a sex (a choice) and a child's name (text).
    'births-boolean': dict(rows=[
        header('婴儿姓名', '婴儿性别', '出生日期', '孩次', '母亲姓名', '村居代码', '登记日期'),
        [text('张小花'), boolean(True), date('2026-03-01', 'iso'), number('1'), text('张𠮷'), text(V1),
         date('2026-03-05', 'iso')],
        [boolean(False), text('女'), date('2026-03-02', 'iso'), number('1'), text('刘梅'), text(V1),
         date('2026-03-05', 'iso')],
    ]),
    # One household's visits with its household number and village merged down over three rows.
    'visits-merged': dict(rows=[
        header('户号', '村居代码', '走访日期', '走访人'),
        [merged('H001', 3), merged(V1, 3), date('2026-03-05', 'iso'), text('赵工')],
        [covered(), covered(), date('2026-03-06', 'iso'), text('王工')],
        [covered(), covered(), date('2026-03-07', 'iso'), text('李工')],
        [text('H009'), text(V3), date('2026-03-08', 'iso'), text('李工')],
    ]),
    # The header in row 2 under a blank first row.
    'visits-blank-first-row': dict(blank_first_row=True, rows=[
        header('村居代码', '走访日期', '走访人'),
        [text(V1), date('2026-03-05', 'iso'), text('赵工')],
    ]),
}

if __name__ == '__main__':
    out = sys.argv[1]
    for name, sheet in REGISTERS.items():
        rows = sheet['rows']
        open('%s/%s.fods' % (out, name), 'w', encoding='utf-8').write(fods(rows, sheet.get('hidden', ())))
        open('%s/%s.csv' % (out, name), 'w', encoding='utf-8').write(csv(rows))
    for name, sheet in REFUSED.items():
        open('%s/%s.fods' % (out, name), 'w', encoding='utf-8').write(
            fods(sheet['rows'], blank_first_row=sheet.get('blank_first_row', False)))
