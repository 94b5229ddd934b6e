-- Demo catalog for the `demo` profile: 2 Changsha branches, 12 categories, ~200 titles, their copies and
-- the delivery slot templates. Repeatable migration (runs after V1 whenever this file changes).
-- Idempotent: every row is keyed by a natural unique key (branch.code, category.name, book.isbn,
-- book_copy.barcode, delivery_slot_template(branch_id, start_time)) and inserted with INSERT IGNORE, so a
-- re-run adds nothing and never overwrites what librarians changed. Valid on MySQL 8 and MariaDB 10.11.
-- Generated once by a script (not committed); ISBN-13 check digits are valid; edit by hand from now on.
-- All copies start AVAILABLE; loans, orders and readers come from the demo seeding code, not from here.

-- ---------------------------------------------------------------- branches (分馆)
INSERT IGNORE INTO branch (code, name, address, phone, lat, lng, delivery_radius_m, enabled, created_at, updated_at) VALUES
  ('CS-YL', '岳麓社区图书馆', '湖南省长沙市岳麓区枫林一路186号溁湾镇街道社区服务中心二楼', '0731-88861001', 28.1978400, 112.9432600, 4000, 1, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)),
  ('CS-FR', '芙蓉社区图书馆', '湖南省长沙市芙蓉区远大一路288号马王堆街道文化站一楼', '0731-84412002', 28.2016500, 113.0258300, 3500, 1, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- ---------------------------------------------------------------- delivery slot templates (每日配送时段)
INSERT IGNORE INTO delivery_slot_template (branch_id, start_time, end_time, capacity, enabled, created_at)
  SELECT id, '10:00:00', '12:00:00', 20, 1, CURRENT_TIMESTAMP(3) FROM branch WHERE code = 'CS-YL';
INSERT IGNORE INTO delivery_slot_template (branch_id, start_time, end_time, capacity, enabled, created_at)
  SELECT id, '15:00:00', '17:00:00', 20, 1, CURRENT_TIMESTAMP(3) FROM branch WHERE code = 'CS-YL';
INSERT IGNORE INTO delivery_slot_template (branch_id, start_time, end_time, capacity, enabled, created_at)
  SELECT id, '10:00:00', '12:00:00', 20, 1, CURRENT_TIMESTAMP(3) FROM branch WHERE code = 'CS-FR';
INSERT IGNORE INTO delivery_slot_template (branch_id, start_time, end_time, capacity, enabled, created_at)
  SELECT id, '15:00:00', '17:00:00', 20, 1, CURRENT_TIMESTAMP(3) FROM branch WHERE code = 'CS-FR';

-- ---------------------------------------------------------------- categories (分类)
INSERT IGNORE INTO category (name, parent_id, sort_order, created_at) VALUES
  ('文学', NULL, 1, CURRENT_TIMESTAMP(3)),
  ('古典名著', NULL, 2, CURRENT_TIMESTAMP(3)),
  ('历史', NULL, 3, CURRENT_TIMESTAMP(3)),
  ('少儿', NULL, 4, CURRENT_TIMESTAMP(3)),
  ('科普', NULL, 5, CURRENT_TIMESTAMP(3)),
  ('生活健康', NULL, 6, CURRENT_TIMESTAMP(3)),
  ('经济管理', NULL, 7, CURRENT_TIMESTAMP(3)),
  ('哲学', NULL, 8, CURRENT_TIMESTAMP(3)),
  ('艺术', NULL, 9, CURRENT_TIMESTAMP(3)),
  ('计算机', NULL, 10, CURRENT_TIMESTAMP(3)),
  ('传记', NULL, 11, CURRENT_TIMESTAMP(3)),
  ('社会科学', NULL, 12, CURRENT_TIMESTAMP(3));

-- ---------------------------------------------------------------- books (书目)

-- 文学
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787506365437', '活着', '余华', '作家出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '福贵历经家人相继离世，依然坚韧地活着的一生。', NULL, 2000, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787506335164', '许三观卖血记', '余华', '作家出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '丝厂工人许三观靠卖血渡过一次次生活难关的故事。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787530238349', '平凡的世界', '路遥', '北京十月文艺出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '孙少安、孙少平兄弟在时代变迁中奋斗的全景式长篇。', NULL, 10800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787530296677', '人生', '路遥', '北京十月文艺出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '农村青年高加林在城乡之间的抉择与命运起伏。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020090006', '围城', '钱锺书', '人民文学出版社', 1991, (SELECT id FROM category WHERE name = '文学'), '方鸿渐留学归国后在婚姻与职场中的困顿，城外的人想进去，城里的人想出来。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787026221589', '白鹿原', '陈忠实', '人民文学出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '关中白鹿原上白、鹿两家三代人半个世纪的恩怨纷争。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787026645323', '骆驼祥子', '老舍', '人民文学出版社', 2000, (SELECT id FROM category WHERE name = '文学'), '人力车夫祥子三起三落、最终堕落的悲剧人生。', NULL, 2100, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787026842364', '四世同堂', '老舍', '人民文学出版社', 2017, (SELECT id FROM category WHERE name = '文学'), '抗战时期北平小羊圈胡同祁家四代人的悲欢离合。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787029829799', '茶馆', '老舍', '人民文学出版社', 2017, (SELECT id FROM category WHERE name = '文学'), '以裕泰茶馆为舞台，展现清末至民国五十年的社会变迁。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787537857154', '边城', '沈从文', '北岳文艺出版社', 2002, (SELECT id FROM category WHERE name = '文学'), '湘西茶峒少女翠翠纯美而哀婉的爱情故事。', NULL, 2400, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787026830644', '呐喊', '鲁迅', '人民文学出版社', 1973, (SELECT id FROM category WHERE name = '文学'), '鲁迅第一部小说集，收录《狂人日记》《阿Q正传》等名篇。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787025747103', '朝花夕拾', '鲁迅', '人民文学出版社', 1973, (SELECT id FROM category WHERE name = '文学'), '鲁迅回忆童年与青年时代的散文集，温情中见锋芒。', NULL, 1600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020472017', '家', '巴金', '人民文学出版社', 2008, (SELECT id FROM category WHERE name = '文学'), '封建大家庭高家的没落与年轻一代的觉醒和反抗。', NULL, 2900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787515318783', '城南旧事', '林海音', '中国青年出版社', 2015, (SELECT id FROM category WHERE name = '文学'), '透过小英子的眼睛回望二十年代老北京城南的人与事。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535413758', '文化苦旅', '余秋雨', '长江文艺出版社', 2014, (SELECT id FROM category WHERE name = '文学'), '行走山河古迹，追问中华文化命运的散文集。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787028558225', '我与地坛', '史铁生', '人民文学出版社', 2011, (SELECT id FROM category WHERE name = '文学'), '作者在地坛中对生命、死亡与母爱的沉思。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787530260975', '穆斯林的葬礼', '霍达', '北京十月文艺出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '北京一个回族玉器世家三代人的命运与爱情。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787021873585', '长恨歌', '王安忆', '人民文学出版社', 2004, (SELECT id FROM category WHERE name = '文学'), '上海弄堂女子王琦瑶四十年的情与爱。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020558834', '额尔古纳河右岸', '迟子建', '人民文学出版社', 2010, (SELECT id FROM category WHERE name = '文学'), '鄂温克族最后一位酋长的女人讲述一个民族的百年沧桑。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532171132', '繁花', '金宇澄', '上海文艺出版社', 2013, (SELECT id FROM category WHERE name = '文学'), '以沪语叙事铺陈上海几代市民的日常与浮沉。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787515326481', '人世间', '梁晓声', '中国青年出版社', 2017, (SELECT id FROM category WHERE name = '文学'), '北方城市周家三兄妹跨越五十年的平民生活史诗。', NULL, 16800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787025919852', '芙蓉镇', '古华', '人民文学出版社', 2009, (SELECT id FROM category WHERE name = '文学'), '湘南小镇米豆腐摊主胡玉音在时代风浪中的坎坷命运。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787540495022', '长安的荔枝', '马伯庸', '湖南文艺出版社', 2022, (SELECT id FROM category WHERE name = '文学'), '小吏李善德奉命将新鲜荔枝从岭南运抵长安的惊险历程。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787536692930', '三体', '刘慈欣', '重庆出版社', 2008, (SELECT id FROM category WHERE name = '文学'), '地球文明与三体文明首次接触引发的宏大科幻史诗。', NULL, 2300, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544253994', '百年孤独', '加西亚·马尔克斯 著，范晔 译', '南海出版公司', 2011, (SELECT id FROM category WHERE name = '文学'), '布恩迪亚家族七代人在马孔多小镇的传奇与孤独。', NULL, 3950, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787208061644', '追风筝的人', '卡勒德·胡赛尼 著，李继宏 译', '上海人民出版社', 2006, (SELECT id FROM category WHERE name = '文学'), '阿富汗少年阿米尔背叛与救赎的成长故事。', NULL, 2900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544270878', '解忧杂货店', '东野圭吾 著，李盈春 译', '南海出版公司', 2014, (SELECT id FROM category WHERE name = '文学'), '一家能为人解答烦恼的杂货店串联起跨越三十年的温情奇迹。', NULL, 3950, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532772513', '挪威的森林', '村上春树 著，林少华 译', '上海译文出版社', 2018, (SELECT id FROM category WHERE name = '文学'), '渡边在直子与绿子之间徘徊的青春与失落。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532708314', '老人与海', '海明威 著，吴劳 译', '上海译文出版社', 2006, (SELECT id FROM category WHERE name = '文学'), '古巴老渔夫圣地亚哥与大马林鱼搏斗的硬汉史诗。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532721269', '月亮和六便士', '毛姆 著，傅惟慈 译', '上海译文出版社', 2016, (SELECT id FROM category WHERE name = '文学'), '证券经纪人抛弃一切追寻绘画理想的故事。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101849844', '人间词话', '王国维', '中华书局', 2016, (SELECT id FROM category WHERE name = '文学'), '以境界说品评历代词作的经典词话。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787539935720', '人间草木', '汪曾祺', '江苏文艺出版社', 2012, (SELECT id FROM category WHERE name = '文学'), '汪曾祺写花鸟虫鱼与寻常人事的散文精选。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 古典名著
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020002207', '红楼梦', '曹雪芹', '人民文学出版社', 1996, (SELECT id FROM category WHERE name = '古典名著'), '以贾、史、王、薛四大家族兴衰为背景，描写贾宝玉与林黛玉、薛宝钗的爱情悲剧，是中国古典小说的巅峰之作。', NULL, 5970, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020008728', '三国演义', '罗贯中', '人民文学出版社', 1998, (SELECT id FROM category WHERE name = '古典名著'), '讲述东汉末年至西晋统一近百年间魏、蜀、吴三国的政治与军事斗争。', NULL, 3970, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020015016', '水浒传', '施耐庵', '人民文学出版社', 1997, (SELECT id FROM category WHERE name = '古典名著'), '描写北宋末年以宋江为首的一百零八位好汉聚义梁山泊的故事。', NULL, 4760, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020008735', '西游记', '吴承恩', '人民文学出版社', 1980, (SELECT id FROM category WHERE name = '古典名著'), '唐僧师徒四人西天取经、历经九九八十一难的神魔故事。', NULL, 4770, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787021767495', '儒林外史', '吴敬梓', '人民文学出版社', 1999, (SELECT id FROM category WHERE name = '古典名著'), '以讽刺笔法描绘科举制度下各色读书人的众生相。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101365368', '聊斋志异', '蒲松龄', '中华书局', 2015, (SELECT id FROM category WHERE name = '古典名著'), '近五百篇谈狐说鬼的文言短篇，借奇幻故事针砭人情世态。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101861563', '唐诗三百首', '蘅塘退士 编', '中华书局', 2016, (SELECT id FROM category WHERE name = '古典名著'), '流传最广的唐诗选本，收录三百余首脍炙人口的名篇。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101498509', '宋词三百首', '上彊村民 编', '中华书局', 2016, (SELECT id FROM category WHERE name = '古典名著'), '精选两宋词人代表作，婉约豪放各擅胜场。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101294286', '古文观止', '吴楚材、吴调侯 编', '中华书局', 2016, (SELECT id FROM category WHERE name = '古典名著'), '清人选编的古代散文读本，收录先秦至明代名文二百余篇。', NULL, 5800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101498158', '世说新语', '刘义庆', '中华书局', 2014, (SELECT id FROM category WHERE name = '古典名著'), '记录魏晋名士言行轶事的笔记小说，展现魏晋风度。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101406993', '诗经', '王秀梅 译注', '中华书局', 2015, (SELECT id FROM category WHERE name = '古典名著'), '中国最早的诗歌总集，风雅颂三百零五篇附注释与译文。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101370973', '论语译注', '杨伯峻', '中华书局', 2006, (SELECT id FROM category WHERE name = '古典名著'), '杨伯峻先生对《论语》的经典注释与白话翻译，入门首选。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101443141', '孟子译注', '杨伯峻', '中华书局', 2008, (SELECT id FROM category WHERE name = '古典名著'), '逐章注释翻译《孟子》，兼有详尽的词语考证。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787022395604', '老残游记', '刘鹗', '人民文学出版社', 2000, (SELECT id FROM category WHERE name = '古典名著'), '借江湖郎中老残的游历，揭露晚清官场的黑暗。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787026424140', '浮生六记', '沈复', '人民文学出版社', 2018, (SELECT id FROM category WHERE name = '古典名著'), '清代文人沈复追忆与妻子芸娘平凡而深情的生活。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787025601337', '镜花缘', '李汝珍', '人民文学出版社', 2001, (SELECT id FROM category WHERE name = '古典名著'), '唐敖等人海外游历奇国异俗的长篇小说，想象奇特。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101696783', '东京梦华录', '孟元老', '中华书局', 2020, (SELECT id FROM category WHERE name = '古典名著'), '追忆北宋都城汴京的市井风俗与节令繁华。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 历史
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108009821', '万历十五年', '黄仁宇', '生活·读书·新知三联书店', 1997, (SELECT id FROM category WHERE name = '历史'), '从看似平淡的万历十五年切入，剖析明代中国的结构性困境。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108502391', '中国大历史', '黄仁宇', '生活·读书·新知三联书店', 2007, (SELECT id FROM category WHERE name = '历史'), '以宏观视角梳理中国数千年历史的脉络。', NULL, 2900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550298620', '明朝那些事儿（第一部）', '当年明月', '北京联合出版公司', 2017, (SELECT id FROM category WHERE name = '历史'), '以幽默生动的笔调讲述明朝开国至靖难的历史。', NULL, 3580, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101634945', '史记（全本全注全译）', '司马迁 著，韩兆琦 译注', '中华书局', 2010, (SELECT id FROM category WHERE name = '历史'), '纪传体通史开山之作，记载黄帝至汉武帝三千年历史。', NULL, 29800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101691849', '资治通鉴（文白对照）', '司马光', '中华书局', 2009, (SELECT id FROM category WHERE name = '历史'), '编年体通史巨著，鉴于往事以资于治道。', NULL, 39800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100575867', '国史大纲', '钱穆', '商务印书馆', 2010, (SELECT id FROM category WHERE name = '历史'), '钱穆以温情与敬意写就的中国通史。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108499370', '中国历代政治得失', '钱穆', '生活·读书·新知三联书店', 2012, (SELECT id FROM category WHERE name = '历史'), '讲述汉唐宋明清五代政治制度的利弊得失。', NULL, 2400, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508647357', '人类简史', '尤瓦尔·赫拉利 著，林俊宏 译', '中信出版社', 2014, (SELECT id FROM category WHERE name = '历史'), '从认知革命到科学革命，讲述智人如何成为地球主宰。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532774753', '枪炮、病菌与钢铁', '贾雷德·戴蒙德 著，谢延光 译', '上海译文出版社', 2016, (SELECT id FROM category WHERE name = '历史'), '从地理与环境解释各大陆文明发展的差异。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301959121', '全球通史', '斯塔夫里阿诺斯 著，吴象婴 等译', '北京大学出版社', 2006, (SELECT id FROM category WHERE name = '历史'), '从史前到21世纪的全球视野世界史。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787308432931', '丝绸之路', '彼得·弗兰科潘 著，邵旭东 孙芳 译', '浙江大学出版社', 2016, (SELECT id FROM category WHERE name = '历史'), '以丝绸之路为中心重新讲述一部世界史。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108815361', '天朝的崩溃', '茅海建', '生活·读书·新知三联书店', 2014, (SELECT id FROM category WHERE name = '历史'), '以大量档案重新审视鸦片战争的过程与教训。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787542630797', '叫魂', '孔飞力 著，陈兼 刘昶 译', '上海三联书店', 2012, (SELECT id FROM category WHERE name = '历史'), '1768年一场妖术恐慌背后的乾隆朝政治与社会。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787540463786', '显微镜下的大明', '马伯庸', '湖南文艺出版社', 2019, (SELECT id FROM category WHERE name = '历史'), '从六桩明代基层案件看大明王朝的运转细节。', NULL, 4580, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787540426002', '南渡北归', '岳南', '湖南文艺出版社', 2011, (SELECT id FROM category WHERE name = '历史'), '抗战时期中国知识分子南迁与命运沉浮的纪实。', NULL, 11800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787553874449', '曾国藩家书', '曾国藩', '岳麓书社', 2015, (SELECT id FROM category WHERE name = '历史'), '曾国藩写给家人的书信，涉及修身、治家与为官之道。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787513939416', '耶路撒冷三千年', '西蒙·蒙蒂菲奥里 著，张倩红 等译', '民主与建设出版社', 2015, (SELECT id FROM category WHERE name = '历史'), '以一座城讲述三大宗教交汇的三千年历史。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550275898', '中国古代文化常识', '王力 主编', '北京联合出版公司', 2014, (SELECT id FROM category WHERE name = '历史'), '天文历法、职官科举、礼俗衣食等古代文化知识一览。', NULL, 5800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532520473', '中国近代史', '蒋廷黻', '上海古籍出版社', 2013, (SELECT id FROM category WHERE name = '历史'), '以近代化为主线，简明叙述鸦片战争以来的中国史。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544758123', '第三帝国的兴亡', '威廉·夏伊勒 著，董乐山 等译', '译林出版社', 2020, (SELECT id FROM category WHERE name = '历史'), '以亲历者视角记述纳粹德国从崛起到覆灭的全过程。', NULL, 16800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 少儿
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020239054', '小王子', '圣埃克苏佩里 著，马振骋 译', '人民文学出版社', 2003, (SELECT id FROM category WHERE name = '少儿'), '来自B612小行星的小王子讲述关于爱与责任的童话。', NULL, 2200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532778409', '夏洛的网', 'E.B.怀特 著，任溶溶 译', '上海译文出版社', 2004, (SELECT id FROM category WHERE name = '少儿'), '小猪威尔伯与蜘蛛夏洛之间动人的友谊。', NULL, 2300, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787534619786', '草房子', '曹文轩', '江苏少年儿童出版社', 2016, (SELECT id FROM category WHERE name = '少儿'), '男孩桑桑在油麻地小学六年的成长与感动。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787534627897', '青铜葵花', '曹文轩', '江苏少年儿童出版社', 2016, (SELECT id FROM category WHERE name = '少儿'), '城里女孩葵花与乡下哑男孩青铜相依为命的兄妹情。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544267151', '窗边的小豆豆', '黑柳彻子 著，赵玉皎 译', '南海出版公司', 2011, (SELECT id FROM category WHERE name = '少儿'), '小豆豆在巴学园里被温柔接纳的快乐校园生活。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544880909', '淘气包马小跳：贪玩老爸', '杨红樱', '接力出版社', 2009, (SELECT id FROM category WHERE name = '少儿'), '顽皮又善良的马小跳和他爱玩的老爸之间的趣事。', NULL, 1500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787533272845', '笑猫日记：保姆狗的阴谋', '杨红樱', '明天出版社', 2006, (SELECT id FROM category WHERE name = '少儿'), '会笑的猫用日记记录翠湖公园里的奇妙故事。', NULL, 1500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787539106328', '皮皮鲁传', '郑渊洁', '二十一世纪出版社', 2015, (SELECT id FROM category WHERE name = '少儿'), '调皮男孩皮皮鲁天马行空的童话冒险。', NULL, 2200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787023686589', '安徒生童话', '安徒生 著，叶君健 译', '人民文学出版社', 2012, (SELECT id FROM category WHERE name = '少儿'), '丑小鸭、海的女儿、卖火柴的小女孩等经典童话合集。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787023889751', '格林童话', '格林兄弟 著，杨武能 译', '人民文学出版社', 2012, (SELECT id FROM category WHERE name = '少儿'), '白雪公主、灰姑娘、小红帽等德国民间童话。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787020033430', '哈利·波特与魔法石', 'J.K.罗琳 著，苏农 译', '人民文学出版社', 2000, (SELECT id FROM category WHERE name = '少儿'), '孤儿哈利得知自己是巫师，进入霍格沃茨魔法学校的第一年。', NULL, 1950, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787533245771', '查理和巧克力工厂', '罗尔德·达尔 著，任溶溶 译', '明天出版社', 2009, (SELECT id FROM category WHERE name = '少儿'), '穷孩子查理幸运获得金奖券，走进神奇的巧克力工厂。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787533244941', '猜猜我有多爱你', '山姆·麦克布雷尼 著，梅子涵 译', '明天出版社', 2013, (SELECT id FROM category WHERE name = '少儿'), '大兔子和小兔子比赛谁的爱更多的温馨绘本。', NULL, 3280, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787533220693', '好饿的毛毛虫', '艾瑞·卡尔 著，郑明进 译', '明天出版社', 2008, (SELECT id FROM category WHERE name = '少儿'), '一只毛毛虫吃了很多东西后变成美丽蝴蝶的洞洞书。', NULL, 3680, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532405688', '大头儿子和小头爸爸', '郑春华', '少年儿童出版社', 2014, (SELECT id FROM category WHERE name = '少儿'), '大头儿子和小头爸爸、围裙妈妈的温馨家庭故事。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787534284663', '没头脑和不高兴', '任溶溶', '浙江少年儿童出版社', 2016, (SELECT id FROM category WHERE name = '少儿'), '两个坏习惯的孩子长大后闹出的笑话。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532497249', '十万个为什么（第六版）·动物', '韩启德 总主编', '少年儿童出版社', 2013, (SELECT id FROM category WHERE name = '少儿'), '用问答形式解开孩子们对动物世界的好奇。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787536534827', '米小圈上学记：我上一年级啦', '北猫', '四川少年儿童出版社', 2016, (SELECT id FROM category WHERE name = '少儿'), '一年级男孩米小圈的校园日记，幽默又贴近生活。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787514887136', '小英雄雨来', '管桦', '中国少年儿童出版社', 2015, (SELECT id FROM category WHERE name = '少儿'), '晋察冀边区少年雨来机智勇敢与敌人周旋的故事。', NULL, 1600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787023854278', '稻草人', '叶圣陶', '人民文学出版社', 2018, (SELECT id FROM category WHERE name = '少儿'), '中国第一本为儿童创作的童话集。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787025639514', '宝葫芦的秘密', '张天翼', '人民文学出版社', 2018, (SELECT id FROM category WHERE name = '少儿'), '王葆得到一个有求必应的宝葫芦后的奇遇与反思。', NULL, 1800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787514880083', '爱的教育', '亚米契斯 著，夏丏尊 译', '中国少年儿童出版社', 2014, (SELECT id FROM category WHERE name = '少儿'), '意大利少年安利柯一学年的日记，处处洋溢着爱。', NULL, 2200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 科普
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535761149', '时间简史', '史蒂芬·霍金 著，许明贤 吴忠超 译', '湖南科学技术出版社', 2010, (SELECT id FROM category WHERE name = '科普'), '从大爆炸到黑洞，探索时间与宇宙的起源。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535775993', '果壳中的宇宙', '史蒂芬·霍金 著，吴忠超 译', '湖南科学技术出版社', 2010, (SELECT id FROM category WHERE name = '科普'), '图文并茂地介绍超弦、膜与宇宙的形状。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301006412', '物种起源', '达尔文 著，舒德干 等译', '北京大学出版社', 2005, (SELECT id FROM category WHERE name = '科普'), '提出自然选择学说，奠定现代生物学基础的经典。', NULL, 5800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508635491', '自私的基因', '理查德·道金斯 著，卢允中 等译', '中信出版社', 2012, (SELECT id FROM category WHERE name = '科普'), '从基因视角重新理解生物进化与利他行为。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550226456', '上帝掷骰子吗', '曹天元', '北京联合出版公司', 2013, (SELECT id FROM category WHERE name = '科普'), '量子物理史话，讲述量子论百年发展的精彩故事。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787035918425', '从一到无穷大', '乔治·伽莫夫 著，暴永宁 译', '科学出版社', 2002, (SELECT id FROM category WHERE name = '科普'), '从数学、物理到生物，一本引人入胜的科学漫谈。', NULL, 2900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544886161', '万物简史', '比尔·布莱森 著，严维明 陈邕 译', '接力出版社', 2005, (SELECT id FROM category WHERE name = '科普'), '幽默风趣地讲述从宇宙诞生到人类出现的科学史。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532736928', '寂静的春天', '蕾切尔·卡森 著，吕瑞兰 李长生 译', '上海译文出版社', 2015, (SELECT id FROM category WHERE name = '科普'), '揭示农药滥用对生态环境的危害，唤醒环保意识。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787506334334', '昆虫记', '法布尔 著，陈筱卿 译', '作家出版社', 2015, (SELECT id FROM category WHERE name = '科普'), '法布尔毕生观察昆虫习性的生动记录。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508637099', '所罗门王的指环', '康拉德·洛伦兹 著，刘志良 译', '中信出版社', 2012, (SELECT id FROM category WHERE name = '科普'), '动物行为学家讲述与动物相处的奇妙故事。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787201782812', '宇宙', '卡尔·萨根 著，虞北冥 译', '天津人民出版社', 2019, (SELECT id FROM category WHERE name = '科普'), '从地球出发畅游宇宙，思考人类在其中的位置。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787549527823', '病毒星球', '卡尔·齐默 著，刘旸 译', '广西师范大学出版社', 2019, (SELECT id FROM category WHERE name = '科普'), '讲述病毒如何塑造生命与地球的历史。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787309215571', '什么是数学', 'R.柯朗 H.罗宾 著，左平 张饴慈 译', '复旦大学出版社', 2012, (SELECT id FROM category WHERE name = '科普'), '对数学思想和方法的初等研究，数学普及名著。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100495639', '生命是什么', '薛定谔 著，张卜天 译', '商务印书馆', 2018, (SELECT id FROM category WHERE name = '科普'), '物理学家以物理视角追问生命的本质，启发了分子生物学。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787213950735', '双螺旋', '詹姆斯·沃森 著，贾拥民 译', '浙江人民出版社', 2017, (SELECT id FROM category WHERE name = '科普'), '亲历者讲述DNA双螺旋结构发现的曲折经过。', NULL, 5900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787515334042', '趣味物理学', '别莱利曼 著，符其珣 译', '中国青年出版社', 2013, (SELECT id FROM category WHERE name = '科普'), '用生活中的趣题讲解物理原理的经典读物。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535418579', '植物知道生命的答案', '丹尼尔·查莫维茨 著，刘夙 译', '长江文艺出版社', 2014, (SELECT id FROM category WHERE name = '科普'), '植物如何看、闻、感觉与记忆的科学解读。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 生活健康
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787117369329', '中国居民膳食指南（2022）', '中国营养学会', '人民卫生出版社', 2022, (SELECT id FROM category WHERE name = '生活健康'), '中国居民平衡膳食的权威指导与实践建议。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787549624690', '人体简史', '比尔·布莱森 著，闾佳 译', '文汇出版社', 2020, (SELECT id FROM category WHERE name = '生活健康'), '从头到脚认识人体的奇妙构造与医学史趣闻。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550286160', '我们为什么要睡觉', '马修·沃克 著，田盈春 译', '北京联合出版公司', 2019, (SELECT id FROM category WHERE name = '生活健康'), '睡眠科学家解读睡眠对健康、学习与情绪的影响。', NULL, 5800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787539965864', '只有医生知道', '张羽', '江苏文艺出版社', 2013, (SELECT id FROM category WHERE name = '生活健康'), '妇产科医生讲述女性健康与孕育常识。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101492453', '随园食单', '袁枚 著，陈伟明 译注', '中华书局', 2010, (SELECT id FROM category WHERE name = '生活健康'), '清代美食家袁枚记录三百余种南北菜肴的饮食名著。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787547477106', '五味', '汪曾祺', '山东画报出版社', 2005, (SELECT id FROM category WHERE name = '生活健康'), '汪曾祺谈吃的散文集，写尽各地风味与人情。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787540430153', '断舍离', '山下英子 著，吴倩 译', '湖南文艺出版社', 2013, (SELECT id FROM category WHERE name = '生活健康'), '通过整理物品整理心灵的生活方式。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544235518', '当我谈跑步时我谈些什么', '村上春树 著，施小炜 译', '南海出版公司', 2015, (SELECT id FROM category WHERE name = '生活健康'), '村上春树以跑步为主题的回忆录。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787539015361', '你是你吃出来的', '夏萌', '江西科学技术出版社', 2017, (SELECT id FROM category WHERE name = '生活健康'), '临床营养医生教你用吃来预防和调理慢性病。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550251168', '正面管教', '简·尼尔森 著，玉冰 译', '北京联合出版公司', 2016, (SELECT id FROM category WHERE name = '生活健康'), '不惩罚、不娇纵地培养孩子自律与合作能力。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787506351454', '好妈妈胜过好老师', '尹建莉', '作家出版社', 2009, (SELECT id FROM category WHERE name = '生活健康'), '一位教育专家母亲分享家庭教育的理念与方法。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787512790537', '捕捉儿童敏感期', '孙瑞雪', '中国妇女出版社', 2013, (SELECT id FROM category WHERE name = '生活健康'), '观察和理解儿童成长各个敏感期的实用指南。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787514267808', '自控力', '凯利·麦格尼格尔 著，王岑卉 译', '文化发展出版社', 2017, (SELECT id FROM category WHERE name = '生活健康'), '斯坦福大学的意志力课程，帮助你战胜拖延和诱惑。', NULL, 3980, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787117917438', '老年人健康生活指南', '中国老年医学学会 编', '人民卫生出版社', 2019, (SELECT id FROM category WHERE name = '生活健康'), '涵盖饮食、运动、用药与慢病管理的老年健康读本。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787122734129', '家常菜一本就够', '甘智荣 主编', '化学工业出版社', 2018, (SELECT id FROM category WHERE name = '生活健康'), '数百道家常菜的详细做法，图文步骤一看就会。', NULL, 3980, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787117657822', '高血压自我管理', '胡大一 主编', '人民卫生出版社', 2017, (SELECT id FROM category WHERE name = '生活健康'), '心血管专家教你科学监测血压、合理用药与调整生活方式。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 经济管理
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100682312', '国富论', '亚当·斯密 著，郭大力 王亚南 译', '商务印书馆', 2015, (SELECT id FROM category WHERE name = '经济管理'), '现代经济学奠基之作，系统论述分工、市场与国民财富。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301258569', '经济学原理（第8版）', '曼昆 著，梁小民 梁砾 译', '北京大学出版社', 2019, (SELECT id FROM category WHERE name = '经济管理'), '全球广泛采用的经济学入门教材。', NULL, 12800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508692562', '穷查理宝典', '彼得·考夫曼 编，李继宏 译', '中信出版社', 2016, (SELECT id FROM category WHERE name = '经济管理'), '查理·芒格的智慧箴言与多元思维模型。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508617916', '原则', '瑞·达利欧 著，刘波 綦相 译', '中信出版社', 2018, (SELECT id FROM category WHERE name = '经济管理'), '桥水基金创始人分享生活和工作的原则。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787300051383', '影响力', '罗伯特·西奥迪尼 著，闾佳 译', '中国人民大学出版社', 2011, (SELECT id FROM category WHERE name = '经济管理'), '揭示说服与顺从背后的六大心理原理。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508633558', '思考，快与慢', '丹尼尔·卡尼曼 著，胡晓姣 等译', '中信出版社', 2012, (SELECT id FROM category WHERE name = '经济管理'), '诺贝尔奖得主解析直觉与理性两种思维系统。', NULL, 6900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111135500', '卓有成效的管理者', '彼得·德鲁克 著，许是祥 译', '机械工业出版社', 2009, (SELECT id FROM category WHERE name = '经济管理'), '管理大师论述知识工作者如何提升效能。', NULL, 4000, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508642772', '从0到1', '彼得·蒂尔 著，高玉芳 译', '中信出版社', 2015, (SELECT id FROM category WHERE name = '经济管理'), '关于创业与创新的思考：开启商业与未来的秘密。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508668901', '激荡三十年', '吴晓波', '中信出版社', 2017, (SELECT id FROM category WHERE name = '经济管理'), '记录1978年至2008年中国企业的发展历程。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787220580345', '富爸爸穷爸爸', '罗伯特·清崎 著，萧明 译', '四川人民出版社', 2017, (SELECT id FROM category WHERE name = '经济管理'), '通过两位父亲的对比讲述财商与财务自由。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508666976', '小岛经济学', '彼得·希夫 安德鲁·希夫 著，胡晓姣 等译', '中信出版社', 2011, (SELECT id FROM category WHERE name = '经济管理'), '用一个小岛的故事讲清楚经济运行的基本原理。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508654904', '薛兆丰经济学讲义', '薛兆丰', '中信出版社', 2018, (SELECT id FROM category WHERE name = '经济管理'), '用经济学思维理解稀缺、成本与交易的日常。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787208674103', '置身事内', '兰小欢', '上海人民出版社', 2021, (SELECT id FROM category WHERE name = '经济管理'), '从地方政府投融资角度解读中国经济发展。', NULL, 6500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508627717', '创新者的窘境', '克莱顿·克里斯坦森 著，胡建桥 译', '中信出版社', 2014, (SELECT id FROM category WHERE name = '经济管理'), '解释成功企业为何会在颠覆性创新面前失败。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111498445', '定位', '艾·里斯 杰克·特劳特 著，谢伟山 苑爱冬 译', '机械工业出版社', 2017, (SELECT id FROM category WHERE name = '经济管理'), '争夺用户心智的营销经典。', NULL, 4900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787544235242', '金字塔原理', '芭芭拉·明托 著，汪洱 高愉 译', '南海出版公司', 2019, (SELECT id FROM category WHERE name = '经济管理'), '清晰思考与结构化表达的方法。', NULL, 5900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787520709866', '活法', '稻盛和夫 著，曹岫云 译', '东方出版社', 2019, (SELECT id FROM category WHERE name = '经济管理'), '京瓷创始人关于工作与人生的哲学。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 哲学
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787506325301', '苏菲的世界', '乔斯坦·贾德 著，萧宝森 译', '作家出版社', 2007, (SELECT id FROM category WHERE name = '哲学'), '少女苏菲通过神秘来信走进西方哲学史的小说。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100669412', '西方哲学史', '罗素 著，何兆武 李约瑟 译', '商务印书馆', 2015, (SELECT id FROM category WHERE name = '哲学'), '罗素以清晰笔触讲述从古希腊到现代的西方哲学。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301830895', '中国哲学简史', '冯友兰 著，赵复三 译', '北京大学出版社', 2013, (SELECT id FROM category WHERE name = '哲学'), '冯友兰为西方读者写的中国哲学入门经典。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101715217', '道德经', '老子 著，汤漳平 王朝华 译注', '中华书局', 2014, (SELECT id FROM category WHERE name = '哲学'), '五千言道尽道法自然、无为而治的智慧。', NULL, 2400, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101154078', '传习录', '王阳明 著，陆永胜 译注', '中华书局', 2018, (SELECT id FROM category WHERE name = '哲学'), '王阳明心学的语录与论学书信集。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787511751133', '沉思录', '马可·奥勒留 著，何怀宏 译', '中央编译出版社', 2008, (SELECT id FROM category WHERE name = '哲学'), '罗马皇帝写给自己的斯多葛哲学箴言。', NULL, 2500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100610759', '理想国', '柏拉图 著，郭斌和 张竹明 译', '商务印书馆', 2002, (SELECT id FROM category WHERE name = '哲学'), '以苏格拉底对话探讨正义与理想城邦。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108453204', '查拉图斯特拉如是说', '尼采 著，钱春绮 译', '生活·读书·新知三联书店', 2007, (SELECT id FROM category WHERE name = '哲学'), '尼采借先知查拉图斯特拉之口宣告超人哲学。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787208994881', '人生的智慧', '叔本华 著，韦启昌 译', '上海人民出版社', 2008, (SELECT id FROM category WHERE name = '哲学'), '叔本华谈幸福、名声与处世之道。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108952769', '存在与时间', '海德格尔 著，陈嘉映 王庆节 译', '生活·读书·新知三联书店', 2014, (SELECT id FROM category WHERE name = '哲学'), '追问存在意义的二十世纪哲学巨著。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532714278', '爱的艺术', '艾里希·弗洛姆 著，李健鸣 译', '上海译文出版社', 2008, (SELECT id FROM category WHERE name = '哲学'), '爱是一门需要学习和实践的艺术。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532780181', '哲学的慰藉', '阿兰·德波顿 著，资中筠 译', '上海译文出版社', 2009, (SELECT id FROM category WHERE name = '哲学'), '借六位哲学家之口抚慰现代人的烦恼。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100302524', '中国哲学史大纲', '胡适', '商务印书馆', 2017, (SELECT id FROM category WHERE name = '哲学'), '胡适以现代学术方法梳理先秦诸子思想的开山之作。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 艺术
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108009418', '美的历程', '李泽厚', '生活·读书·新知三联书店', 2009, (SELECT id FROM category WHERE name = '艺术'), '从远古图腾到明清文艺，勾勒中国审美的发展历程。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787549499694', '艺术的故事', '贡布里希 著，范景中 译', '广西美术出版社', 2008, (SELECT id FROM category WHERE name = '艺术'), '全球畅销的艺术史入门，从洞窟壁画讲到现代艺术。', NULL, 28000, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787519266721', '认识电影', '路易斯·贾内梯 著，焦雄屏 译', '世界图书出版公司', 2007, (SELECT id FROM category WHERE name = '艺术'), '系统讲解电影语言与电影分析的经典教材。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108199218', '中国建筑史', '梁思成', '生活·读书·新知三联书店', 2011, (SELECT id FROM category WHERE name = '艺术'), '中国人撰写的第一部系统的中国建筑史。', NULL, 5800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787208908062', '美学散步', '宗白华', '上海人民出版社', 2015, (SELECT id FROM category WHERE name = '艺术'), '宗白华的美学随笔，漫谈诗画与中国艺术意境。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787101866414', '谈美', '朱光潜', '中华书局', 2012, (SELECT id FROM category WHERE name = '艺术'), '朱光潜写给青年的美学入门书信。', NULL, 2200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508656250', '设计心理学', '唐纳德·诺曼 著，小柯 译', '中信出版社', 2015, (SELECT id FROM category WHERE name = '艺术'), '从日常用品入手理解以人为本的设计原则。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550283954', '梵高手稿', '文森特·梵高 著，柒线文化 译', '北京联合出版公司', 2014, (SELECT id FROM category WHERE name = '艺术'), '梵高书信中的草图与手稿，呈现画家的创作世界。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787517932406', '美国纽约摄影学院摄影教材', '美国纽约摄影学院 编', '中国摄影出版社', 2010, (SELECT id FROM category WHERE name = '艺术'), '从相机原理到构图用光的系统摄影教程。', NULL, 15800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787536616172', '园冶', '计成 著，胡天寿 译注', '重庆出版社', 2017, (SELECT id FROM category WHERE name = '艺术'), '中国最早系统论述造园艺术的专著。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535432650', '写给大家的中国美术史', '蒋勋', '长江文艺出版社', 2012, (SELECT id FROM category WHERE name = '艺术'), '蒋勋带你从彩陶看到文人画，读懂中国美术。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787208925700', '音乐的故事', '保罗·亨利·朗 著，杨燕迪 译', '上海人民出版社', 2017, (SELECT id FROM category WHERE name = '艺术'), '从古希腊到二十世纪的西方音乐文化史。', NULL, 7800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301525463', '书法入门', '邱振中', '北京大学出版社', 2016, (SELECT id FROM category WHERE name = '艺术'), '从笔法、结构到章法，系统讲授书法基础。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 计算机
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111582083', 'Java核心技术 卷I：基础知识（第12版）', '凯·霍斯特曼 著，林琪 苏钰涵 译', '机械工业出版社', 2022, (SELECT id FROM category WHERE name = '计算机'), '全面讲解Java语言基础与核心类库的经典教程。', NULL, 14900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111078586', 'Effective Java（第3版）', '约书亚·布洛克 著，俞黎敏 译', '机械工业出版社', 2019, (SELECT id FROM category WHERE name = '计算机'), '九十条编写高质量Java代码的最佳实践。', NULL, 11900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111641247', '深入理解Java虚拟机（第3版）', '周志明', '机械工业出版社', 2019, (SELECT id FROM category WHERE name = '计算机'), '深入剖析JVM内存管理、执行子系统与程序编译优化。', NULL, 12900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111407010', '算法导论（第3版）', '托马斯·科尔曼 等著，殷建平 等译', '机械工业出版社', 2013, (SELECT id FROM category WHERE name = '计算机'), '全面系统的算法设计与分析教科书。', NULL, 12800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115428028', 'Python编程：从入门到实践', '埃里克·马瑟斯 著，袁国忠 译', '人民邮电出版社', 2016, (SELECT id FROM category WHERE name = '计算机'), '从基础语法到项目实战的Python入门书。', NULL, 8900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787121022982', '代码大全（第2版）', '史蒂夫·迈克康奈尔 著，金戈 等译', '电子工业出版社', 2006, (SELECT id FROM category WHERE name = '计算机'), '软件构建实践的百科全书式指南。', NULL, 12800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787302355083', '人月神话', '弗雷德里克·布鲁克斯 著，汪颖 译', '清华大学出版社', 2007, (SELECT id FROM category WHERE name = '计算机'), '软件工程领域关于项目管理的经典论文集。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115899774', '重构：改善既有代码的设计（第2版）', '马丁·福勒 著，熊节 林从羽 译', '人民邮电出版社', 2019, (SELECT id FROM category WHERE name = '计算机'), '以实例讲解如何安全地改进代码结构。', NULL, 16800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111242864', '设计模式：可复用面向对象软件的基础', '埃里克·伽玛 等著，李英军 等译', '机械工业出版社', 2000, (SELECT id FROM category WHERE name = '计算机'), '二十三种经典设计模式的开山之作。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111269953', '深入理解计算机系统（第3版）', '兰德尔·布莱恩特 大卫·奥哈拉伦 著，龚奕利 贺莲 译', '机械工业出版社', 2016, (SELECT id FROM category WHERE name = '计算机'), '从程序员视角理解计算机硬件、操作系统与网络。', NULL, 13900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115192691', '数学之美（第二版）', '吴军', '人民邮电出版社', 2014, (SELECT id FROM category WHERE name = '计算机'), '讲述搜索、语音识别等技术背后的数学原理。', NULL, 4900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115625564', '浪潮之巅（第四版）', '吴军', '人民邮电出版社', 2019, (SELECT id FROM category WHERE name = '计算机'), '回顾信息技术产业百年兴衰与科技公司沉浮。', NULL, 9900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115166647', 'Spring实战（第6版）', '克雷格·沃斯 著，张卫滨 吴国浩 译', '人民邮电出版社', 2022, (SELECT id FROM category WHERE name = '计算机'), 'Spring与Spring Boot开发的实用指南。', NULL, 11900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115763679', 'MySQL必知必会', '本·福达 著，刘晓霞 钟鸣 译', '人民邮电出版社', 2009, (SELECT id FROM category WHERE name = '计算机'), '简明扼要的MySQL入门手册。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115958914', '鸟哥的Linux私房菜：基础学习篇（第四版）', '鸟哥', '人民邮电出版社', 2018, (SELECT id FROM category WHERE name = '计算机'), '从零开始学习Linux系统管理的经典教程。', NULL, 11800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115249494', '黑客与画家', '保罗·格雷厄姆 著，阮一峰 译', '人民邮电出版社', 2011, (SELECT id FROM category WHERE name = '计算机'), '硅谷创业之父谈编程、创业与财富。', NULL, 4900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787121618529', '编码：隐匿在计算机软硬件背后的语言', '查尔斯·佩措尔德 著，左飞 薛佟佟 译', '电子工业出版社', 2010, (SELECT id FROM category WHERE name = '计算机'), '从手电筒和电报讲到现代计算机的工作原理。', NULL, 5500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111597902', '计算机网络：自顶向下方法（第7版）', '詹姆斯·库罗斯 基思·罗斯 著，陈鸣 译', '机械工业出版社', 2018, (SELECT id FROM category WHERE name = '计算机'), '从应用层开始讲解计算机网络原理的经典教材。', NULL, 8900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 传记
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787540429850', '苏东坡传', '林语堂 著，张振玉 译', '湖南文艺出版社', 2018, (SELECT id FROM category WHERE name = '传记'), '林语堂笔下旷达乐观、才华横溢的苏东坡。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787553810911', '曾国藩的正面与侧面', '张宏杰', '岳麓书社', 2014, (SELECT id FROM category WHERE name = '传记'), '从多个侧面还原一个真实立体的曾国藩。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508630069', '史蒂夫·乔布斯传', '沃尔特·艾萨克森 著，管延圻 等译', '中信出版社', 2011, (SELECT id FROM category WHERE name = '传记'), '唯一经乔布斯授权的官方传记。', NULL, 6800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535798411', '爱因斯坦传', '沃尔特·艾萨克森 著，张卜天 译', '湖南科学技术出版社', 2012, (SELECT id FROM category WHERE name = '传记'), '全面展现爱因斯坦的科学成就与人生历程。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508601625', '埃隆·马斯克传', '沃尔特·艾萨克森 著，孙思远 刘家琦 译', '中信出版社', 2023, (SELECT id FROM category WHERE name = '传记'), '近距离记录马斯克在特斯拉与SpaceX的创业历程。', NULL, 8800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108675231', '我们仨', '杨绛', '生活·读书·新知三联书店', 2012, (SELECT id FROM category WHERE name = '传记'), '杨绛追忆与钱锺书、女儿钱瑗一家三口的相守岁月。', NULL, 2300, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787535555427', '袁隆平口述自传', '袁隆平 口述，辛业芸 访问整理', '湖南教育出版社', 2010, (SELECT id FROM category WHERE name = '传记'), '杂交水稻之父讲述自己的科研与人生。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787501406494', '我的前半生', '爱新觉罗·溥仪', '群众出版社', 2013, (SELECT id FROM category WHERE name = '传记'), '末代皇帝溥仪自述从皇帝到公民的前半生。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787029588146', '名人传', '罗曼·罗兰 著，傅雷 译', '人民文学出版社', 2018, (SELECT id FROM category WHERE name = '传记'), '贝多芬、米开朗琪罗、托尔斯泰三位伟人的传记。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787108052223', '人类群星闪耀时', '斯蒂芬·茨威格 著，舒昌善 译', '生活·读书·新知三联书店', 2015, (SELECT id FROM category WHERE name = '传记'), '十四个改变人类历史的决定性瞬间。', NULL, 3800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100295321', '居里夫人传', '艾芙·居里 著，左明彻 译', '商务印书馆', 2014, (SELECT id FROM category WHERE name = '传记'), '女儿笔下两获诺贝尔奖的居里夫人的一生。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787530260562', '梵高传', '欧文·斯通 著，常涛 译', '北京十月文艺出版社', 2013, (SELECT id FROM category WHERE name = '传记'), '以小说笔法讲述梵高炽热而悲怆的一生。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787530612842', '李鸿章传', '梁启超', '百花文艺出版社', 2008, (SELECT id FROM category WHERE name = '传记'), '梁启超以史家眼光评述晚清重臣李鸿章。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787549524600', '看见', '柴静', '广西师范大学出版社', 2013, (SELECT id FROM category WHERE name = '传记'), '柴静回顾十年新闻调查生涯中的人与事。', NULL, 3980, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787532742509', '富兰克林自传', '本杰明·富兰克林 著，姚善友 译', '上海译文出版社', 2012, (SELECT id FROM category WHERE name = '传记'), '美国开国元勋富兰克林自述勤勉自律的一生。', NULL, 2800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- 社会科学
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301872222', '乡土中国', '费孝通', '北京大学出版社', 2012, (SELECT id FROM category WHERE name = '社会科学'), '以差序格局等概念剖析中国基层传统社会。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787511732644', '乌合之众', '古斯塔夫·勒庞 著，冯克利 译', '中央编译出版社', 2014, (SELECT id FROM category WHERE name = '社会科学'), '群体心理学的开山之作，揭示群体行为的特征。', NULL, 2600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115752048', '社会心理学（第11版）', '戴维·迈尔斯 著，侯玉波 等译', '人民邮电出版社', 2016, (SELECT id FROM category WHERE name = '社会科学'), '系统介绍社会思维、社会影响与社会关系的经典教材。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787549531882', '娱乐至死', '尼尔·波兹曼 著，章艳 译', '广西师范大学出版社', 2009, (SELECT id FROM category WHERE name = '社会科学'), '电视时代公共话语如何沦为娱乐的附庸。', NULL, 2900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787111561200', '被讨厌的勇气', '岸见一郎 古贺史健 著，渠海霞 译', '机械工业出版社', 2015, (SELECT id FROM category WHERE name = '社会科学'), '以对话形式阐释阿德勒心理学的自我启发之道。', NULL, 3900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508065908', '非暴力沟通', '马歇尔·卢森堡 著，阮胤杰 译', '华夏出版社', 2018, (SELECT id FROM category WHERE name = '社会科学'), '观察、感受、需要、请求四要素化解冲突。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787301612668', '江村经济', '费孝通', '北京大学出版社', 2012, (SELECT id FROM category WHERE name = '社会科学'), '对江苏开弦弓村的田野调查，人类学经典。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787303475056', '社会学的想象力', 'C.赖特·米尔斯 著，李康 译', '北京师范大学出版社', 2017, (SELECT id FROM category WHERE name = '社会科学'), '把个人困扰与公共议题联系起来的思考方式。', NULL, 4800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508640167', '公正：该如何做是好？', '迈克尔·桑德尔 著，朱慧玲 译', '中信出版社', 2012, (SELECT id FROM category WHERE name = '社会科学'), '通过真实案例探讨正义与道德的哈佛公开课。', NULL, 4500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787508611242', '金钱不能买什么', '迈克尔·桑德尔 著，邓正来 译', '中信出版社', 2012, (SELECT id FROM category WHERE name = '社会科学'), '反思市场逻辑侵入社会生活的道德边界。', NULL, 4200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787519102432', '给教师的建议', '苏霍姆林斯基 著，杜殿坤 编译', '教育科学出版社', 2014, (SELECT id FROM category WHERE name = '社会科学'), '苏联教育家写给一线教师的一百条建议。', NULL, 3500, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787505740600', '自卑与超越', '阿尔弗雷德·阿德勒 著，曹晚红 译', '中国友谊出版公司', 2017, (SELECT id FROM category WHERE name = '社会科学'), '个体心理学创始人谈如何超越自卑、实现自我。', NULL, 3200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787550239203', '少有人走的路', 'M.斯科特·派克 著，于海生 译', '北京联合出版公司', 2015, (SELECT id FROM category WHERE name = '社会科学'), '心理医生谈自律、爱与心灵成长。', NULL, 3600, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787115596956', '心理学与生活（第19版）', '理查德·格里格 菲利普·津巴多 著，王垒 等译', '人民邮电出版社', 2014, (SELECT id FROM category WHERE name = '社会科学'), '心理学入门的经典教材，贴近日常生活。', NULL, 8900, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100444569', '论美国的民主', '托克维尔 著，董果良 译', '商务印书馆', 2017, (SELECT id FROM category WHERE name = '社会科学'), '托克维尔考察美国民主制度与社会民情的名著。', NULL, 9800, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));
INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, category_id, summary, cover_url, price_fen, version, created_at, updated_at) VALUES
  ('9787100834032', '社会契约论', '卢梭 著，何兆武 译', '商务印书馆', 2003, (SELECT id FROM category WHERE name = '社会科学'), '论述人民主权与社会契约的政治哲学经典。', NULL, 2200, 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- ---------------------------------------------------------------- copies (馆藏复本)
-- One statement per copy, joined to book and branch by their natural keys (literals only, so no collation
-- mix-ups between the connection and the tables on MySQL 8).
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000001', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020002207' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000002', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020002207' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000003', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020002207' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000004', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020002207' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000005', 'AVAILABLE', 'B-10-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008728' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000006', 'AVAILABLE', 'B-10-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008728' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000007', 'AVAILABLE', 'B-10-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008728' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000008', 'AVAILABLE', 'B-10-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008728' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000009', 'AVAILABLE', 'B-05-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020015016' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000010', 'AVAILABLE', 'B-05-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020015016' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000011', 'AVAILABLE', 'B-05-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020015016' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000012', 'AVAILABLE', 'B-12-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008735' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000013', 'AVAILABLE', 'B-12-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020008735' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000014', 'AVAILABLE', 'B-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787021767495' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000015', 'AVAILABLE', 'B-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101365368' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000016', 'AVAILABLE', 'B-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101861563' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000017', 'AVAILABLE', 'B-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101861563' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000018', 'AVAILABLE', 'B-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101861563' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000019', 'AVAILABLE', 'B-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101498509' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000020', 'AVAILABLE', 'B-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101294286' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000021', 'AVAILABLE', 'B-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101294286' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000022', 'AVAILABLE', 'B-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101294286' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000023', 'AVAILABLE', 'B-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101498158' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000024', 'AVAILABLE', 'B-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101498158' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000025', 'AVAILABLE', 'B-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101406993' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000026', 'AVAILABLE', 'B-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101406993' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000027', 'AVAILABLE', 'B-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101370973' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000028', 'AVAILABLE', 'B-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101370973' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000029', 'AVAILABLE', 'B-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101443141' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000030', 'AVAILABLE', 'B-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787022395604' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000031', 'AVAILABLE', 'B-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787022395604' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000032', 'AVAILABLE', 'B-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787022395604' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000033', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026424140' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000034', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026424140' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000035', 'AVAILABLE', 'B-03-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026424140' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000036', 'AVAILABLE', 'B-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025601337' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000037', 'AVAILABLE', 'B-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025601337' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000038', 'AVAILABLE', 'B-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101696783' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000039', 'AVAILABLE', 'B-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101696783' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000040', 'AVAILABLE', 'B-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101696783' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000041', 'AVAILABLE', 'B-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101696783' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000042', 'AVAILABLE', 'A-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506365437' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000043', 'AVAILABLE', 'A-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506365437' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000044', 'AVAILABLE', 'A-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506365437' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000045', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506335164' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000046', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506335164' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000047', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506335164' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000048', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506335164' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000049', 'AVAILABLE', 'A-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530238349' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000050', 'AVAILABLE', 'A-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530238349' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000051', 'AVAILABLE', 'A-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530296677' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000052', 'AVAILABLE', 'A-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530296677' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000053', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020090006' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000054', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020090006' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000055', 'AVAILABLE', 'A-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026221589' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000056', 'AVAILABLE', 'A-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026221589' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000057', 'AVAILABLE', 'A-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026645323' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000058', 'AVAILABLE', 'A-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026645323' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000059', 'AVAILABLE', 'A-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026842364' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000060', 'AVAILABLE', 'A-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026842364' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000061', 'AVAILABLE', 'A-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026842364' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000062', 'AVAILABLE', 'A-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787029829799' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000063', 'AVAILABLE', 'A-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787537857154' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000064', 'AVAILABLE', 'A-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787537857154' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000065', 'AVAILABLE', 'A-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026830644' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000066', 'AVAILABLE', 'A-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026830644' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000067', 'AVAILABLE', 'A-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787026830644' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000068', 'AVAILABLE', 'A-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025747103' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000069', 'AVAILABLE', 'A-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025747103' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000070', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020472017' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000071', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020472017' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000072', 'AVAILABLE', 'A-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515318783' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000073', 'AVAILABLE', 'A-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515318783' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000074', 'AVAILABLE', 'A-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515318783' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000075', 'AVAILABLE', 'A-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535413758' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000076', 'AVAILABLE', 'A-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787028558225' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000077', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530260975' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000078', 'AVAILABLE', 'A-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530260975' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000079', 'AVAILABLE', 'A-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787021873585' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000080', 'AVAILABLE', 'A-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787021873585' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000081', 'AVAILABLE', 'A-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787021873585' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000082', 'AVAILABLE', 'A-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787021873585' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000083', 'AVAILABLE', 'A-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020558834' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000084', 'AVAILABLE', 'A-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020558834' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000085', 'AVAILABLE', 'A-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532171132' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000086', 'AVAILABLE', 'A-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515326481' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000087', 'AVAILABLE', 'A-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515326481' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000088', 'AVAILABLE', 'A-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515326481' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000089', 'AVAILABLE', 'A-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025919852' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000090', 'AVAILABLE', 'A-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025919852' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000091', 'AVAILABLE', 'A-08-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540495022' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000092', 'AVAILABLE', 'A-08-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540495022' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000093', 'AVAILABLE', 'A-08-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540495022' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000094', 'AVAILABLE', 'A-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536692930' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000095', 'AVAILABLE', 'A-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536692930' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000096', 'AVAILABLE', 'A-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544253994' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000097', 'AVAILABLE', 'A-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544253994' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000098', 'AVAILABLE', 'A-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208061644' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000099', 'AVAILABLE', 'A-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208061644' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000100', 'AVAILABLE', 'A-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544270878' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000101', 'AVAILABLE', 'A-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544270878' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000102', 'AVAILABLE', 'A-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544270878' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000103', 'AVAILABLE', 'A-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532772513' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000104', 'AVAILABLE', 'A-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532772513' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000105', 'AVAILABLE', 'A-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532772513' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000106', 'AVAILABLE', 'A-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532772513' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000107', 'AVAILABLE', 'A-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532708314' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000108', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532721269' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000109', 'AVAILABLE', 'A-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532721269' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000110', 'AVAILABLE', 'A-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101849844' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000111', 'AVAILABLE', 'A-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539935720' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000112', 'AVAILABLE', 'A-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539935720' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000113', 'AVAILABLE', 'C-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108009821' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000114', 'AVAILABLE', 'C-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108009821' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000115', 'AVAILABLE', 'C-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108009821' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000116', 'AVAILABLE', 'C-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108502391' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000117', 'AVAILABLE', 'C-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108502391' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000118', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550298620' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000119', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550298620' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000120', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550298620' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000121', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550298620' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000122', 'AVAILABLE', 'C-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101634945' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000123', 'AVAILABLE', 'C-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101691849' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000124', 'AVAILABLE', 'C-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100575867' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000125', 'AVAILABLE', 'C-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108499370' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000126', 'AVAILABLE', 'C-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108499370' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000127', 'AVAILABLE', 'C-06-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508647357' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000128', 'AVAILABLE', 'C-06-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508647357' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000129', 'AVAILABLE', 'C-06-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508647357' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000130', 'AVAILABLE', 'C-06-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508647357' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000131', 'AVAILABLE', 'C-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532774753' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000132', 'AVAILABLE', 'C-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532774753' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000133', 'AVAILABLE', 'C-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301959121' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000134', 'AVAILABLE', 'C-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301959121' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000135', 'AVAILABLE', 'C-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787308432931' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000136', 'AVAILABLE', 'C-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787308432931' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000137', 'AVAILABLE', 'C-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787308432931' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000138', 'AVAILABLE', 'C-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108815361' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000139', 'AVAILABLE', 'C-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108815361' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000140', 'AVAILABLE', 'C-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108815361' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000141', 'AVAILABLE', 'C-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787542630797' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000142', 'AVAILABLE', 'C-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787542630797' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000143', 'AVAILABLE', 'C-10-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540463786' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000144', 'AVAILABLE', 'C-10-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540463786' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000145', 'AVAILABLE', 'C-10-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540463786' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000146', 'AVAILABLE', 'C-12-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540426002' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000147', 'AVAILABLE', 'C-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787553874449' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000148', 'AVAILABLE', 'C-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787553874449' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000149', 'AVAILABLE', 'C-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787513939416' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000150', 'AVAILABLE', 'C-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787513939416' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000151', 'AVAILABLE', 'C-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787513939416' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000152', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550275898' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000153', 'AVAILABLE', 'C-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550275898' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000154', 'AVAILABLE', 'C-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532520473' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000155', 'AVAILABLE', 'C-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532520473' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000156', 'AVAILABLE', 'C-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532520473' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000157', 'AVAILABLE', 'C-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544758123' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000158', 'AVAILABLE', 'C-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544758123' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000159', 'AVAILABLE', 'C-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544758123' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000160', 'AVAILABLE', 'D-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020239054' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000161', 'AVAILABLE', 'D-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020239054' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000162', 'AVAILABLE', 'D-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532778409' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000163', 'AVAILABLE', 'D-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532778409' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000164', 'AVAILABLE', 'D-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534619786' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000165', 'AVAILABLE', 'D-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534619786' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000166', 'AVAILABLE', 'D-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534627897' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000167', 'AVAILABLE', 'D-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534627897' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000168', 'AVAILABLE', 'D-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534627897' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000169', 'AVAILABLE', 'D-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544267151' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000170', 'AVAILABLE', 'D-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544880909' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000171', 'AVAILABLE', 'D-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544880909' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000172', 'AVAILABLE', 'D-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544880909' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000173', 'AVAILABLE', 'D-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544880909' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000174', 'AVAILABLE', 'D-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533272845' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000175', 'AVAILABLE', 'D-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533272845' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000176', 'AVAILABLE', 'D-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539106328' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000177', 'AVAILABLE', 'D-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539106328' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000178', 'AVAILABLE', 'D-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539106328' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000179', 'AVAILABLE', 'D-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023686589' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000180', 'AVAILABLE', 'D-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023686589' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000181', 'AVAILABLE', 'D-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023686589' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000182', 'AVAILABLE', 'D-12-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023889751' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000183', 'AVAILABLE', 'D-12-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023889751' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000184', 'AVAILABLE', 'D-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020033430' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000185', 'AVAILABLE', 'D-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787020033430' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000186', 'AVAILABLE', 'D-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533245771' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000187', 'AVAILABLE', 'D-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533245771' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000188', 'AVAILABLE', 'D-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533244941' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000189', 'AVAILABLE', 'D-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533244941' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000190', 'AVAILABLE', 'D-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533220693' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000191', 'AVAILABLE', 'D-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787533220693' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000192', 'AVAILABLE', 'D-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532405688' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000193', 'AVAILABLE', 'D-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532405688' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000194', 'AVAILABLE', 'D-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534284663' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000195', 'AVAILABLE', 'D-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787534284663' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000196', 'AVAILABLE', 'D-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532497249' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000197', 'AVAILABLE', 'D-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532497249' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000198', 'AVAILABLE', 'D-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536534827' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000199', 'AVAILABLE', 'D-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536534827' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000200', 'AVAILABLE', 'D-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536534827' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000201', 'AVAILABLE', 'D-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514887136' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000202', 'AVAILABLE', 'D-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514887136' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000203', 'AVAILABLE', 'D-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514887136' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000204', 'AVAILABLE', 'D-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514887136' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000205', 'AVAILABLE', 'D-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023854278' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000206', 'AVAILABLE', 'D-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023854278' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000207', 'AVAILABLE', 'D-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787023854278' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000208', 'AVAILABLE', 'D-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787025639514' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000209', 'AVAILABLE', 'D-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514880083' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000210', 'AVAILABLE', 'D-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514880083' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000211', 'AVAILABLE', 'E-11-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535761149' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000212', 'AVAILABLE', 'E-11-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535761149' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000213', 'AVAILABLE', 'E-11-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535761149' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000214', 'AVAILABLE', 'E-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535775993' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000215', 'AVAILABLE', 'E-09-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535775993' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000216', 'AVAILABLE', 'E-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301006412' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000217', 'AVAILABLE', 'E-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301006412' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000218', 'AVAILABLE', 'E-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301006412' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000219', 'AVAILABLE', 'E-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508635491' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000220', 'AVAILABLE', 'E-07-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508635491' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000221', 'AVAILABLE', 'E-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550226456' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000222', 'AVAILABLE', 'E-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787035918425' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000223', 'AVAILABLE', 'E-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787035918425' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000224', 'AVAILABLE', 'E-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544886161' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000225', 'AVAILABLE', 'E-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544886161' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000226', 'AVAILABLE', 'E-10-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532736928' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000227', 'AVAILABLE', 'E-10-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532736928' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000228', 'AVAILABLE', 'E-10-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532736928' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000229', 'AVAILABLE', 'E-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506334334' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000230', 'AVAILABLE', 'E-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506334334' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000231', 'AVAILABLE', 'E-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506334334' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000232', 'AVAILABLE', 'E-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508637099' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000233', 'AVAILABLE', 'E-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508637099' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000234', 'AVAILABLE', 'E-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508637099' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000235', 'AVAILABLE', 'E-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508637099' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000236', 'AVAILABLE', 'E-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787201782812' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000237', 'AVAILABLE', 'E-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787201782812' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000238', 'AVAILABLE', 'E-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787201782812' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000239', 'AVAILABLE', 'E-04-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787201782812' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000240', 'AVAILABLE', 'E-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549527823' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000241', 'AVAILABLE', 'E-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549527823' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000242', 'AVAILABLE', 'E-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549527823' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000243', 'AVAILABLE', 'E-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787309215571' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000244', 'AVAILABLE', 'E-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787309215571' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000245', 'AVAILABLE', 'E-11-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100495639' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000246', 'AVAILABLE', 'E-11-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100495639' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000247', 'AVAILABLE', 'E-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787213950735' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000248', 'AVAILABLE', 'E-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787213950735' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000249', 'AVAILABLE', 'E-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515334042' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000250', 'AVAILABLE', 'E-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515334042' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000251', 'AVAILABLE', 'E-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787515334042' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000252', 'AVAILABLE', 'E-03-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535418579' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000253', 'AVAILABLE', 'F-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117369329' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000254', 'AVAILABLE', 'F-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117369329' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000255', 'AVAILABLE', 'F-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117369329' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000256', 'AVAILABLE', 'F-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117369329' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000257', 'AVAILABLE', 'F-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549624690' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000258', 'AVAILABLE', 'F-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549624690' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000259', 'AVAILABLE', 'F-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549624690' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000260', 'AVAILABLE', 'F-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550286160' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000261', 'AVAILABLE', 'F-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550286160' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000262', 'AVAILABLE', 'F-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539965864' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000263', 'AVAILABLE', 'F-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539965864' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000264', 'AVAILABLE', 'F-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101492453' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000265', 'AVAILABLE', 'F-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101492453' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000266', 'AVAILABLE', 'F-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787547477106' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000267', 'AVAILABLE', 'F-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787547477106' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000268', 'AVAILABLE', 'F-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787547477106' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000269', 'AVAILABLE', 'F-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540430153' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000270', 'AVAILABLE', 'F-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540430153' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000271', 'AVAILABLE', 'F-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540430153' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000272', 'AVAILABLE', 'F-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235518' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000273', 'AVAILABLE', 'F-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235518' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000274', 'AVAILABLE', 'F-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235518' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000275', 'AVAILABLE', 'F-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539015361' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000276', 'AVAILABLE', 'F-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787539015361' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000277', 'AVAILABLE', 'F-03-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550251168' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000278', 'AVAILABLE', 'F-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506351454' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000279', 'AVAILABLE', 'F-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787512790537' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000280', 'AVAILABLE', 'F-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787512790537' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000281', 'AVAILABLE', 'F-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514267808' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000282', 'AVAILABLE', 'F-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514267808' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000283', 'AVAILABLE', 'F-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514267808' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000284', 'AVAILABLE', 'F-04-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787514267808' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000285', 'AVAILABLE', 'F-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117917438' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000286', 'AVAILABLE', 'F-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117917438' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000287', 'AVAILABLE', 'F-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117917438' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000288', 'AVAILABLE', 'F-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787122734129' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000289', 'AVAILABLE', 'F-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787122734129' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000290', 'AVAILABLE', 'F-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117657822' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000291', 'AVAILABLE', 'F-05-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787117657822' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000292', 'AVAILABLE', 'G-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100682312' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000293', 'AVAILABLE', 'G-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301258569' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000294', 'AVAILABLE', 'G-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301258569' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000295', 'AVAILABLE', 'G-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301258569' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000296', 'AVAILABLE', 'G-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508692562' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000297', 'AVAILABLE', 'G-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508692562' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000298', 'AVAILABLE', 'G-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508692562' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000299', 'AVAILABLE', 'G-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508692562' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000300', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508617916' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000301', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508617916' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000302', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508617916' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000303', 'AVAILABLE', 'G-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787300051383' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000304', 'AVAILABLE', 'G-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787300051383' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000305', 'AVAILABLE', 'G-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787300051383' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000306', 'AVAILABLE', 'G-09-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787300051383' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000307', 'AVAILABLE', 'G-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508633558' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000308', 'AVAILABLE', 'G-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508633558' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000309', 'AVAILABLE', 'G-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111135500' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000310', 'AVAILABLE', 'G-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111135500' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000311', 'AVAILABLE', 'G-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111135500' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000312', 'AVAILABLE', 'G-10-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111135500' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000313', 'AVAILABLE', 'G-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508642772' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000314', 'AVAILABLE', 'G-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508642772' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000315', 'AVAILABLE', 'G-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508642772' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000316', 'AVAILABLE', 'G-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508642772' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000317', 'AVAILABLE', 'G-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508668901' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000318', 'AVAILABLE', 'G-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508668901' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000319', 'AVAILABLE', 'G-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508668901' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000320', 'AVAILABLE', 'G-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508668901' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000321', 'AVAILABLE', 'G-02-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787220580345' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000322', 'AVAILABLE', 'G-02-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787220580345' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000323', 'AVAILABLE', 'G-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508666976' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000324', 'AVAILABLE', 'G-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508666976' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000325', 'AVAILABLE', 'G-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508666976' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000326', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508654904' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000327', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508654904' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000328', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508654904' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000329', 'AVAILABLE', 'G-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508654904' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000330', 'AVAILABLE', 'G-02-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208674103' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000331', 'AVAILABLE', 'G-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508627717' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000332', 'AVAILABLE', 'G-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508627717' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000333', 'AVAILABLE', 'G-04-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508627717' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000334', 'AVAILABLE', 'G-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111498445' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000335', 'AVAILABLE', 'G-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111498445' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000336', 'AVAILABLE', 'G-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111498445' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000337', 'AVAILABLE', 'G-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000338', 'AVAILABLE', 'G-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235242' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000339', 'AVAILABLE', 'G-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787544235242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000340', 'AVAILABLE', 'G-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787520709866' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000341', 'AVAILABLE', 'G-08-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787520709866' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000342', 'AVAILABLE', 'H-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506325301' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000343', 'AVAILABLE', 'H-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787506325301' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000344', 'AVAILABLE', 'H-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100669412' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000345', 'AVAILABLE', 'H-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100669412' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000346', 'AVAILABLE', 'H-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100669412' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000347', 'AVAILABLE', 'H-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301830895' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000348', 'AVAILABLE', 'H-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301830895' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000349', 'AVAILABLE', 'H-06-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101715217' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000350', 'AVAILABLE', 'H-06-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101715217' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000351', 'AVAILABLE', 'H-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101154078' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000352', 'AVAILABLE', 'H-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101154078' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000353', 'AVAILABLE', 'H-09-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101154078' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000354', 'AVAILABLE', 'H-06-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787511751133' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000355', 'AVAILABLE', 'H-06-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787511751133' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000356', 'AVAILABLE', 'H-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100610759' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000357', 'AVAILABLE', 'H-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108453204' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000358', 'AVAILABLE', 'H-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108453204' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000359', 'AVAILABLE', 'H-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108453204' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000360', 'AVAILABLE', 'H-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208994881' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000361', 'AVAILABLE', 'H-08-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208994881' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000362', 'AVAILABLE', 'H-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108952769' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000363', 'AVAILABLE', 'H-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108952769' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000364', 'AVAILABLE', 'H-06-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532714278' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000365', 'AVAILABLE', 'H-06-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532714278' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000366', 'AVAILABLE', 'H-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532780181' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000367', 'AVAILABLE', 'H-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532780181' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000368', 'AVAILABLE', 'H-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100302524' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000369', 'AVAILABLE', 'H-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100302524' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000370', 'AVAILABLE', 'J-12-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108009418' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000371', 'AVAILABLE', 'J-12-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108009418' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000372', 'AVAILABLE', 'J-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549499694' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000373', 'AVAILABLE', 'J-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549499694' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000374', 'AVAILABLE', 'J-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549499694' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000375', 'AVAILABLE', 'J-11-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549499694' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000376', 'AVAILABLE', 'J-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519266721' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000377', 'AVAILABLE', 'J-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519266721' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000378', 'AVAILABLE', 'J-10-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519266721' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000379', 'AVAILABLE', 'J-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108199218' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000380', 'AVAILABLE', 'J-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108199218' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000381', 'AVAILABLE', 'J-02-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108199218' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000382', 'AVAILABLE', 'J-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208908062' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000383', 'AVAILABLE', 'J-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208908062' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000384', 'AVAILABLE', 'J-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101866414' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000385', 'AVAILABLE', 'J-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101866414' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000386', 'AVAILABLE', 'J-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787101866414' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000387', 'AVAILABLE', 'J-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508656250' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000388', 'AVAILABLE', 'J-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508656250' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000389', 'AVAILABLE', 'J-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550283954' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000390', 'AVAILABLE', 'J-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550283954' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000391', 'AVAILABLE', 'J-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550283954' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000392', 'AVAILABLE', 'J-11-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550283954' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000393', 'AVAILABLE', 'J-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787517932406' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000394', 'AVAILABLE', 'J-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787517932406' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000395', 'AVAILABLE', 'J-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787517932406' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000396', 'AVAILABLE', 'J-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536616172' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000397', 'AVAILABLE', 'J-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536616172' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000398', 'AVAILABLE', 'J-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787536616172' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000399', 'AVAILABLE', 'J-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535432650' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000400', 'AVAILABLE', 'J-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535432650' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000401', 'AVAILABLE', 'J-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208925700' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000402', 'AVAILABLE', 'J-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208925700' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000403', 'AVAILABLE', 'J-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787208925700' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000404', 'AVAILABLE', 'J-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301525463' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000405', 'AVAILABLE', 'J-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301525463' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000406', 'AVAILABLE', 'K-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111582083' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000407', 'AVAILABLE', 'K-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111582083' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000408', 'AVAILABLE', 'K-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111582083' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000409', 'AVAILABLE', 'K-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111078586' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000410', 'AVAILABLE', 'K-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111641247' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000411', 'AVAILABLE', 'K-03-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111641247' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000412', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111407010' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000413', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111407010' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000414', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111407010' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000415', 'AVAILABLE', 'K-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115428028' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000416', 'AVAILABLE', 'K-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115428028' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000417', 'AVAILABLE', 'K-12-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787121022982' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000418', 'AVAILABLE', 'K-12-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787121022982' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000419', 'AVAILABLE', 'K-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787302355083' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000420', 'AVAILABLE', 'K-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115899774' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000421', 'AVAILABLE', 'K-03-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115899774' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000422', 'AVAILABLE', 'K-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111242864' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000423', 'AVAILABLE', 'K-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111242864' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000424', 'AVAILABLE', 'K-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111269953' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000425', 'AVAILABLE', 'K-06-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111269953' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000426', 'AVAILABLE', 'K-06-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115192691' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000427', 'AVAILABLE', 'K-06-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115192691' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000428', 'AVAILABLE', 'K-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115625564' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000429', 'AVAILABLE', 'K-11-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115625564' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000430', 'AVAILABLE', 'K-02-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115166647' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000431', 'AVAILABLE', 'K-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115763679' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000432', 'AVAILABLE', 'K-01-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115763679' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000433', 'AVAILABLE', 'K-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115958914' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000434', 'AVAILABLE', 'K-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115958914' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000435', 'AVAILABLE', 'K-08-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115958914' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000436', 'AVAILABLE', 'K-04-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115249494' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000437', 'AVAILABLE', 'K-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787121618529' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000438', 'AVAILABLE', 'K-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787121618529' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000439', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111597902' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000440', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111597902' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000441', 'AVAILABLE', 'K-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111597902' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000442', 'AVAILABLE', 'L-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540429850' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000443', 'AVAILABLE', 'L-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540429850' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000444', 'AVAILABLE', 'L-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540429850' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000445', 'AVAILABLE', 'L-04-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787540429850' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000446', 'AVAILABLE', 'L-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787553810911' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000447', 'AVAILABLE', 'L-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787553810911' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000448', 'AVAILABLE', 'L-06-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787553810911' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000449', 'AVAILABLE', 'L-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508630069' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000450', 'AVAILABLE', 'L-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508630069' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000451', 'AVAILABLE', 'L-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535798411' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000452', 'AVAILABLE', 'L-01-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535798411' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000453', 'AVAILABLE', 'L-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508601625' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000454', 'AVAILABLE', 'L-07-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508601625' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000455', 'AVAILABLE', 'L-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108675231' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000456', 'AVAILABLE', 'L-01-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108675231' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000457', 'AVAILABLE', 'L-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535555427' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000458', 'AVAILABLE', 'L-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535555427' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000459', 'AVAILABLE', 'L-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535555427' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000460', 'AVAILABLE', 'L-02-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787535555427' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000461', 'AVAILABLE', 'L-04-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787501406494' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000462', 'AVAILABLE', 'L-04-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787501406494' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000463', 'AVAILABLE', 'L-04-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787501406494' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000464', 'AVAILABLE', 'L-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787029588146' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000465', 'AVAILABLE', 'L-05-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787029588146' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000466', 'AVAILABLE', 'L-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108052223' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000467', 'AVAILABLE', 'L-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108052223' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000468', 'AVAILABLE', 'L-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108052223' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000469', 'AVAILABLE', 'L-09-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787108052223' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000470', 'AVAILABLE', 'L-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100295321' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000471', 'AVAILABLE', 'L-07-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100295321' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000472', 'AVAILABLE', 'L-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530260562' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000473', 'AVAILABLE', 'L-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530260562' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000474', 'AVAILABLE', 'L-03-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530260562' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000475', 'AVAILABLE', 'L-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530612842' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000476', 'AVAILABLE', 'L-06-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787530612842' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000477', 'AVAILABLE', 'L-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549524600' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000478', 'AVAILABLE', 'L-01-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549524600' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000479', 'AVAILABLE', 'L-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532742509' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000480', 'AVAILABLE', 'L-04-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787532742509' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000481', 'AVAILABLE', 'M-10-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301872222' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000482', 'AVAILABLE', 'M-10-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301872222' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000483', 'AVAILABLE', 'M-12-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787511732644' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000484', 'AVAILABLE', 'M-12-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787511732644' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000485', 'AVAILABLE', 'M-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115752048' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000486', 'AVAILABLE', 'M-01-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115752048' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000487', 'AVAILABLE', 'M-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549531882' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000488', 'AVAILABLE', 'M-11-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787549531882' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000489', 'AVAILABLE', 'M-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111561200' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000490', 'AVAILABLE', 'M-12-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787111561200' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000491', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508065908' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000492', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508065908' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000493', 'AVAILABLE', 'M-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301612668' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000494', 'AVAILABLE', 'M-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301612668' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000495', 'AVAILABLE', 'M-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301612668' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000496', 'AVAILABLE', 'M-01-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787301612668' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000497', 'AVAILABLE', 'M-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787303475056' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000498', 'AVAILABLE', 'M-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787303475056' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000499', 'AVAILABLE', 'M-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508640167' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000500', 'AVAILABLE', 'M-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508640167' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000501', 'AVAILABLE', 'M-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508640167' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000502', 'AVAILABLE', 'M-10-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508640167' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000503', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508611242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000504', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508611242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000505', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508611242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000506', 'AVAILABLE', 'M-07-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787508611242' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000507', 'AVAILABLE', 'M-12-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519102432' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000508', 'AVAILABLE', 'M-12-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519102432' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000509', 'AVAILABLE', 'M-12-1', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787519102432' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000510', 'AVAILABLE', 'M-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787505740600' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000511', 'AVAILABLE', 'M-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787505740600' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000512', 'AVAILABLE', 'M-08-3', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787505740600' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000513', 'AVAILABLE', 'M-03-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550239203' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000514', 'AVAILABLE', 'M-03-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550239203' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000515', 'AVAILABLE', 'M-03-4', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787550239203' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000516', 'AVAILABLE', 'M-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115596956' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000517', 'AVAILABLE', 'M-05-6', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787115596956' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000518', 'AVAILABLE', 'M-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100444569' AND br.code = 'CS-YL';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000519', 'AVAILABLE', 'M-05-5', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100444569' AND br.code = 'CS-FR';
INSERT IGNORE INTO book_copy (book_id, branch_id, barcode, status, shelf_location, version, created_at, updated_at)
  SELECT b.id, br.id, 'TS10000520', 'AVAILABLE', 'M-12-2', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)
  FROM book b, branch br WHERE b.isbn = '9787100834032' AND br.code = 'CS-FR';
