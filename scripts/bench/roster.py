"""W6: writes a 10,000-row roster (CSV) of registered members of the generated city."""
import datetime
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(birth: datetime.date, sequence: int) -> str:
    first17 = f"610926{birth:%Y%m%d}{sequence:03d}"
    return first17 + CHECK[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def main(path: str, rows: int, run: int) -> None:
    community = "第1区第1街道第1社区"
    header = "姓名,性别,民族,出生日期,身份证号,手机号,住址,学历,阶段,类别,组织关系所在党组织,居住地党组织,居住区域,工作单位,入党日期,转正日期"
    # Each run takes its own birth years, so rerunning on the same database stays valid.
    start = datetime.date(1930 + run % 40, 1, 1)
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + "\n")
        for i in range(rows):
            birth = start + datetime.timedelta(days=i % 365)
            sequence = (i // 365) * 2 + 1
            out.write(
                f"导入党员{i},男,汉族,{birth},{id_number(birth, sequence)},13900000000,,本科,正式党员,在籍党员,"
                f"{community}第1网格党支部,{community}党委,{community}第1网格,,2010-07-01,\n"
            )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
