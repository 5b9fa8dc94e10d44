-- Names sort in pinyin order, as a clerk expects (何 刘 区 任), not by code point (任 何 刘 区):
-- each name has its sort key beside it (domain.Pinyin.sortKey), written with the record and
-- filled in here for the records already stored (Migrations does that after this script).
ALTER TABLE area ADD COLUMN name_sort TEXT;
ALTER TABLE scheme ADD COLUMN name_sort TEXT;
ALTER TABLE person ADD COLUMN name_sort TEXT;
ALTER TABLE birth ADD COLUMN child_name_sort TEXT;
ALTER TABLE birth ADD COLUMN mother_name_sort TEXT;
ALTER TABLE death ADD COLUMN name_sort TEXT;
ALTER TABLE marriage ADD COLUMN woman_name_sort TEXT;
ALTER TABLE marriage ADD COLUMN man_name_sort TEXT;
ALTER TABLE migration ADD COLUMN name_sort TEXT;
ALTER TABLE benefit ADD COLUMN name_sort TEXT;
ALTER TABLE visit ADD COLUMN visitor_sort TEXT;
