-- Registers Taoshu's xxl-job executor group and its BEAN jobs in xxl-job-admin (database `xxl_job`).
-- Runs after tables_xxl_job.sql (docker-entrypoint-initdb.d runs files in alphabetical order) and is safe to
-- run again by hand: each row is inserted only when missing, so edits made in the console are kept; a default we
-- changed since is updated only where the old default is still set (see dispatchPlanJob). Existing installs run it
-- again after upgrading: `docker compose exec -T mysql mysql -uroot -p"$MYSQL_ROOT_PASSWORD" < sql/xxl-job/taoshu_jobs.sql`.
-- The executor (admin-console) registers itself automatically under app name `taoshu-admin-executor`.
-- Crons are Quartz-style with seconds, evaluated in the admin's time zone (TZ=Asia/Shanghai in compose).
-- One trigger per job: each handler is registered once here; do not add a second job for the same handler.
-- Routing: jobs that walk readers/loans/notices run on every executor instance (SHARDING_BROADCAST, each takes
-- reader_id % total == index; reservationExpiryJob and purchaseArrivalJob work on shard 0 only); dispatch, stats,
-- recommendations, key rotation and event resubmission run on one instance (FAILOVER). Two runs of a job at once (an
-- operator's "run now" during a scheduled run) are safe: dispatch locks each slot, stats locks each day, the others
-- claim rows one by one.

USE `xxl_job`;

SET NAMES utf8mb4;

-- 执行器：自动注册（address_type = 0）
INSERT INTO `xxl_job_group` (`app_name`, `title`, `address_type`, `address_list`, `update_time`)
SELECT 'taoshu-admin-executor', '淘书任务执行器', 0, NULL, NOW()
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM `xxl_job_group` WHERE `app_name` = 'taoshu-admin-executor');

-- dispatchPlanJob: 0 0/10 8-19 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '配送派单：8:00–19:50 每10分钟，为已截止预约的时段规划路线；迟到与改约的订单插入已出发的路线', NOW(), NOW(), '淘书', '',
       'CRON', '0 0/10 8-19 * * ?', 'DO_NOTHING', 'FAILOVER',
       'dispatchPlanJob', '', 'SERIAL_EXECUTION', 600,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'dispatchPlanJob');

-- Installs registered before dispatchPlanJob ran every 10 minutes still carry the old default (9:30 and 14:30 only), so a
-- late approval or a failed delivery's retry would wait hours for a route. Running this file again moves them to the
-- new schedule; a cron an operator changed in the console is left alone. trigger_next_time = 0 makes the admin
-- compute the next run from the new cron at its next scan (a "misfire" handled with DO_NOTHING: no extra run).
UPDATE `xxl_job_info` i JOIN `xxl_job_group` g ON g.`id` = i.`job_group`
SET i.`schedule_conf` = '0 0/10 8-19 * * ?',
    i.`job_desc` = '配送派单：8:00–19:50 每10分钟，为已截止预约的时段规划路线；迟到与改约的订单插入已出发的路线',
    i.`trigger_next_time` = 0,
    i.`update_time` = NOW()
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND i.`executor_handler` = 'dispatchPlanJob'
  AND i.`schedule_type` = 'CRON'
  AND i.`schedule_conf` = '0 30 9,14 * * ?';

-- pickupExpiryJob: 0 0 * * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '暂存架逾期未取：过期订单转为逾期未取并释放复本（每小时）', NOW(), NOW(), '淘书', '',
       'CRON', '0 0 * * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'pickupExpiryJob', '', 'SERIAL_EXECUTION', 300,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'pickupExpiryJob');

-- dueReminderJob: 0 0 9 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '到期提醒：借阅到期前2天发送订阅消息（每天9:00）', NOW(), NOW(), '淘书', '',
       'CRON', '0 0 9 * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'dueReminderJob', '', 'SERIAL_EXECUTION', 900,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'dueReminderJob');

-- overdueReminderJob: 0 30 9 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '逾期提醒：逾期第1、7、14天发送订阅消息（每天9:30）', NOW(), NOW(), '淘书', '',
       'CRON', '0 30 9 * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'overdueReminderJob', '', 'SERIAL_EXECUTION', 900,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'overdueReminderJob');

-- outboxSendJob: 0 * * * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '消息发件箱：提交后发送待发通知，失败按退避重试（每分钟）', NOW(), NOW(), '淘书', '',
       'CRON', '0 * * * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'outboxSendJob', '', 'DISCARD_LATER', 55,
       0, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'outboxSendJob');

-- reservationExpiryJob: 0 15 * * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '预约到书过期：超期未借的预约释放给下一位读者（每小时第15分）', NOW(), NOW(), '淘书', '',
       'CRON', '0 15 * * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'reservationExpiryJob', '', 'SERIAL_EXECUTION', 300,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'reservationExpiryJob');

-- pickupDeadlineReminderJob: 0 0 18 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '取书截止提醒：暂存架上明天截止的订单提醒读者（每天18:00）', NOW(), NOW(), '淘书', '',
       'CRON', '0 0 18 * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'pickupDeadlineReminderJob', '', 'SERIAL_EXECUTION', 600,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'pickupDeadlineReminderJob');

-- statsRollupJob: 0 30 1 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '统计汇总：汇总前一天借阅、配送与读者数据（每天1:30）', NOW(), NOW(), '淘书', '',
       'CRON', '0 30 1 * * ?', 'DO_NOTHING', 'FAILOVER',
       'statsRollupJob', '', 'SERIAL_EXECUTION', 1800,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'statsRollupJob');

COMMIT;

-- purchaseArrivalJob: 0 45 * * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '荐购到馆：已采购的书编目后为荐购读者自动预约（每小时第45分，补漏）', NOW(), NOW(), '淘书', '',
       'CRON', '0 45 * * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'purchaseArrivalJob', '', 'SERIAL_EXECUTION', 300,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'purchaseArrivalJob');

-- overdueSuspensionJob: 0 45 9 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '逾期停借：逾期超过规定天数自动暂停借阅证，逾期书还清后自动恢复（每天9:45）', NOW(), NOW(), '淘书', '',
       'CRON', '0 45 9 * * ?', 'DO_NOTHING', 'SHARDING_BROADCAST',
       'overdueSuspensionJob', '', 'SERIAL_EXECUTION', 900,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'overdueSuspensionJob');

-- recommendRebuildJob: 0 0 2 * * ?
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '猜你喜欢：按借阅历史重算“借过这本书的人也借了”（每天2:00）', NOW(), NOW(), '淘书', '',
       'CRON', '0 0 2 * * ?', 'DO_NOTHING', 'FAILOVER',
       'recommendRebuildJob', '', 'SERIAL_EXECUTION', 1800,
       1, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'recommendRebuildJob');

-- cryptoRotateJob: no schedule (schedule_type NONE, stopped). An operator runs it during a TAOSHU_CRYPTO_KEY rotation
-- with 执行一次 here or POST /api/admin/jobs/cryptoRotateJob/run (README "Rotating TAOSHU_CRYPTO_KEY"); no timeout.
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '密钥轮换：把手机号与地址重新加密到当前密钥（不定时，轮换密钥时手动执行，直到报告0条改写、0条失败）', NOW(), NOW(), '淘书', '',
       'NONE', '', 'DO_NOTHING', 'FAILOVER',
       'cryptoRotateJob', '', 'SERIAL_EXECUTION', 0,
       0, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 0, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'cryptoRotateJob');

-- eventPublicationJob: 0 0/5 * * * ? (one instance: resubmits incomplete event publications, deletes old completed ones)
INSERT INTO `xxl_job_info` (`job_group`, `job_desc`, `add_time`, `update_time`, `author`, `alarm_email`,
                            `schedule_type`, `schedule_conf`, `misfire_strategy`, `executor_route_strategy`,
                            `executor_handler`, `executor_param`, `executor_block_strategy`, `executor_timeout`,
                            `executor_fail_retry_count`, `glue_type`, `glue_source`, `glue_remark`, `glue_updatetime`,
                            `child_jobid`, `trigger_status`, `trigger_last_time`, `trigger_next_time`)
SELECT g.`id`, '事件补发：业务已提交但未处理完的事件（如通知入队）重新交给处理方，并清理7天前已处理的记录（每5分钟）', NOW(), NOW(), '淘书', '',
       'CRON', '0 0/5 * * * ?', 'DO_NOTHING', 'FAILOVER',
       'eventPublicationJob', '', 'SERIAL_EXECUTION', 300,
       0, 'BEAN', '', 'GLUE代码初始化', NOW(),
       '', 1, 0, 0
FROM `xxl_job_group` g
WHERE g.`app_name` = 'taoshu-admin-executor'
  AND NOT EXISTS (SELECT 1 FROM `xxl_job_info` i WHERE i.`job_group` = g.`id` AND i.`executor_handler` = 'eventPublicationJob');
