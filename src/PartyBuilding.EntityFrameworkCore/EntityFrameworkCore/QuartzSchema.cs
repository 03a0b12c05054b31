using Microsoft.EntityFrameworkCore;

namespace PartyBuilding.EntityFrameworkCore;

/// <summary>
/// The tables of Quartz.NET's ADO job store on PostgreSQL (the clustered store for several nodes). They belong
/// to Quartz, not to our model, so they stay out of the EF migrations and the schema-drift test; the statements
/// are idempotent and run after every migration.
/// </summary>
internal static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    private const string Key = "sched_name varchar(120) not null, trigger_name varchar(150) not null, trigger_group varchar(150) not null";
    private const string TriggerKey = "primary key (sched_name, trigger_name, trigger_group), foreign key (sched_name, trigger_name, trigger_group) references qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade";

    private static readonly string[] Statements =
    [
        """
        create table if not exists qrtz_job_details (
            sched_name varchar(120) not null, job_name varchar(150) not null, job_group varchar(150) not null,
            description varchar(250), job_class_name varchar(250) not null, is_durable bool not null,
            is_nonconcurrent bool not null, is_update_data bool not null, requests_recovery bool not null, job_data bytea,
            primary key (sched_name, job_name, job_group))
        """,
        """
        create table if not exists qrtz_triggers (
            sched_name varchar(120) not null, trigger_name varchar(150) not null, trigger_group varchar(150) not null,
            job_name varchar(150) not null, job_group varchar(150) not null, description varchar(250),
            next_fire_time bigint, prev_fire_time bigint, priority integer, trigger_state varchar(16) not null,
            trigger_type varchar(8) not null, start_time bigint not null, end_time bigint, calendar_name varchar(200),
            misfire_instr smallint, job_data bytea,
            primary key (sched_name, trigger_name, trigger_group),
            foreign key (sched_name, job_name, job_group) references qrtz_job_details (sched_name, job_name, job_group))
        """,
        $"""
        create table if not exists qrtz_simple_triggers (
            {Key}, repeat_count bigint not null, repeat_interval bigint not null, times_triggered bigint not null,
            {TriggerKey})
        """,
        $"""
        create table if not exists qrtz_simprop_triggers (
            {Key}, str_prop_1 varchar(512), str_prop_2 varchar(512), str_prop_3 varchar(512),
            int_prop_1 integer, int_prop_2 integer, long_prop_1 bigint, long_prop_2 bigint,
            dec_prop_1 numeric, dec_prop_2 numeric, bool_prop_1 bool, bool_prop_2 bool, time_zone_id varchar(80),
            {TriggerKey})
        """,
        $"""
        create table if not exists qrtz_cron_triggers (
            {Key}, cron_expression varchar(120) not null, time_zone_id varchar(80),
            {TriggerKey})
        """,
        $"""
        create table if not exists qrtz_blob_triggers (
            {Key}, blob_data bytea,
            {TriggerKey})
        """,
        """
        create table if not exists qrtz_calendars (
            sched_name varchar(120) not null, calendar_name varchar(200) not null, calendar bytea not null,
            primary key (sched_name, calendar_name))
        """,
        """
        create table if not exists qrtz_paused_trigger_grps (
            sched_name varchar(120) not null, trigger_group varchar(150) not null,
            primary key (sched_name, trigger_group))
        """,
        """
        create table if not exists qrtz_fired_triggers (
            sched_name varchar(120) not null, entry_id varchar(140) not null, trigger_name varchar(150) not null,
            trigger_group varchar(150) not null, instance_name varchar(200) not null, fired_time bigint not null,
            sched_time bigint not null, priority integer not null, state varchar(16) not null, job_name varchar(150),
            job_group varchar(150), is_nonconcurrent bool, requests_recovery bool,
            primary key (sched_name, entry_id))
        """,
        """
        create table if not exists qrtz_scheduler_state (
            sched_name varchar(120) not null, instance_name varchar(200) not null, last_checkin_time bigint not null,
            checkin_interval bigint not null,
            primary key (sched_name, instance_name))
        """,
        """
        create table if not exists qrtz_locks (
            sched_name varchar(120) not null, lock_name varchar(40) not null,
            primary key (sched_name, lock_name))
        """,
        "create index if not exists idx_qrtz_t_next_fire_time on qrtz_triggers (next_fire_time)",
        "create index if not exists idx_qrtz_t_state on qrtz_triggers (trigger_state)",
        "create index if not exists idx_qrtz_t_nft_st on qrtz_triggers (next_fire_time, trigger_state)",
        "create index if not exists idx_qrtz_ft_trig_name on qrtz_fired_triggers (trigger_name)",
        "create index if not exists idx_qrtz_ft_trig_group on qrtz_fired_triggers (trigger_group)",
        "create index if not exists idx_qrtz_ft_trig_nm_gp on qrtz_fired_triggers (sched_name, trigger_name, trigger_group)",
        "create index if not exists idx_qrtz_ft_trig_inst_name on qrtz_fired_triggers (instance_name)",
        "create index if not exists idx_qrtz_ft_job_name on qrtz_fired_triggers (job_name)",
        "create index if not exists idx_qrtz_ft_job_group on qrtz_fired_triggers (job_group)",
        "create index if not exists idx_qrtz_ft_job_req_recovery on qrtz_fired_triggers (requests_recovery)",
    ];

    public static async Task EnsureCreatedAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var statement in Statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }
    }
}
