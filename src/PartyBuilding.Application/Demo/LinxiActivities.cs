using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Activities;

namespace PartyBuilding.Demo;

/// <summary>
/// A year of brand activities (一支部一品牌, 党建+) for the demo committee, taken from what seed 004 reports of
/// 林西's branches, recorded and reviewed through the activities service: most approved, a queue waiting for the
/// officers, and one returned to the demo secretary with a comment to act on. Each branch is recorded in a scope
/// of its own, as its requests would be.
/// </summary>
public sealed class LinxiActivities(IServiceScopeFactory scopes, IActivityCategoryAppService categories)
{
    /// <summary>(title, category, required?, people served, outcome): the activities seed 004 names, and their kind.</summary>
    private static readonly (string Title, string Category, bool Required, int Served, string Outcome)[] Catalogue =
    [
        ("“孝行林西、润泽千家”敬老志愿服务", "党建+志愿服务", false, 26, "向村党群服务中心送去宣传条幅，入户走访慰问老人。"),
        ("窗口工作人员应急救护培训", "党建+重点任务", false, 32, "党员干部参加培训并取得《应急救护证书》。"),
        ("服务大厅消防隐患排查与疏散演练", "党建+日常工作", true, 120, "排查窗口隐患并完成整改，组织疏散演练一次。"),
        ("为服务窗口配备轮椅、拐杖", "党建+志愿服务", false, 40, "为行动不便的群众提供轮椅、拐杖等便民设施。"),
        ("“金点子”征集与评选", "特色X", false, 300, "面向成员党组织和群众征集改进建议，评出金点子、银点子。"),
        ("创建廉洁优政窗口倡议签名", "党建+中心工作", true, 0, "党员签订《创建廉洁优政窗口倡议书》并公开承诺。"),
        ("企业登记专区帮办代办", "党建+优化环境", false, 65, "为新开办企业提供一对一帮办代办。"),
        ("农机驾驶员考试当日办结", "党建+产业发展", false, 48, "联合农机部门实现考试当日出证。"),
        ("村级便民服务站规范化建设调研", "党建+中心工作", true, 0, "走访村级便民服务站，形成规范化建设意见初稿。"),
        ("特殊群体上门办理服务", "党建+精准帮扶", false, 36, "为老弱病残群众上门办理业务。"),
        ("节假日预约办理服务", "党建+优化环境", false, 28, "节假日预约受理，群众办事不再等工作日。"),
        ("“四先”活动：政务服务平台应用培训", "党建+重点任务", true, 85, "党员率先掌握四级政务服务平台新功能并带教窗口人员。"),
        ("党员故事墙更新", "特色X", false, 0, "更新党员先进事迹，展示“三有三无”典型。"),
        ("共产党员先锋岗评比", "党建+群团建设", true, 0, "评出季度共产党员先锋岗和流动红旗窗口。"),
    ];

    private readonly Random _random = new(2018);

    public async Task SeedAsync(DemoCommittee committee, CancellationToken cancellationToken)
    {
        var categoryIds = (await categories.GetListAsync(cancellationToken)).ToDictionary(c => c.Name, c => c.Id);
        var today = committee.Today;
        foreach (var branch in committee.Branches)
        {
            var count = branch.Name == LinxiCatalog.SecretaryBranch ? 6 : 2 + _random.Next(4);
            await using var scope = scopes.CreateAsyncScope();
            var activities = scope.ServiceProvider.GetRequiredService<IActivityAppService>();
            for (var i = 0; i < count; i++)
            {
                var (title, category, required, served, outcome) = branch.Name == LinxiCatalog.SecretaryBranch && i == 0
                    ? Catalogue[0]
                    : Catalogue[_random.Next(Catalogue.Length)];
                // The demo secretary's latest two wait for review, one of them returned with a comment.
                var daysAgo = branch.Name == LinxiCatalog.SecretaryBranch ? 300 - i * 55 : 5 + _random.Next(340);
                var day = today.AddDays(-daysAgo);
                var participants = branch.Roster.Where(p => p.IsPartyMember).OrderBy(_ => _random.Next()).Take(3 + _random.Next(8)).ToList();
                var start = LinxiCatalog.ToUtc(day, new TimeOnly(9, 0));
                var activity = await activities.CreateAsync(new ActivityInput
                {
                    OrganizationId = branch.Id,
                    Title = title,
                    StartsAt = start,
                    EndsAt = start.AddHours(3),
                    Place = "林西县政务服务中心",
                    CategoryId = categoryIds.GetValueOrDefault(category),
                    Requirement = required ? ActivityRequirement.Required : ActivityRequirement.Optional,
                    Mode = ActivityMode.Offline,
                    MemberIds = [.. participants.Select(p => p.Id)],
                    OtherParticipantCount = _random.Next(6),
                    VolunteerHours = participants.Count * 3,
                    PeopleServed = served,
                    Outcome = outcome,
                }, cancellationToken);
                if (daysAgo < 4)
                {
                    continue;
                }

                activity = await activities.SubmitAsync(activity.Id, new SubmitActivityInput { ConcurrencyStamp = activity.ConcurrencyStamp }, cancellationToken);
                var awaitingReview = daysAgo < 20 || (branch.Name == LinxiCatalog.SecretaryBranch && i >= count - 2);
                if (!awaitingReview)
                {
                    await activities.ReviewAsync(activity.Id, new ReviewActivityInput
                    {
                        Decision = ActivityReviewDecision.Approve,
                        Comment = "材料齐全，同意。",
                        ConcurrencyStamp = activity.ConcurrencyStamp,
                    }, cancellationToken);
                }
                else if (branch.Name == LinxiCatalog.SecretaryBranch && i == count - 1)
                {
                    await activities.ReviewAsync(activity.Id, new ReviewActivityInput
                    {
                        Decision = ActivityReviewDecision.Return,
                        Comment = "请补充活动现场照片和服务群众人数的统计依据。",
                        ConcurrencyStamp = activity.ConcurrencyStamp,
                    }, cancellationToken);
                }
            }
        }
    }
}
