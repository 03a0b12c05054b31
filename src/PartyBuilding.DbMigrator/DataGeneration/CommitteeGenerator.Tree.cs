using PartyBuilding.Organizations;

namespace PartyBuilding.DataGeneration;

/// <summary>
/// The organisation tree: the member organisations of a county's joint committee (DOMAIN.md §1.1) — townships with
/// their office and village branches (some villages a 党总支 over several branches), departments (a 机关党委 over
/// branches in the big ones), state enterprises (党委 → 党总支 → 支部, under a holding company's 党委 in some) and now
/// and then a joint or a temporary branch — with party groups in the branches, three to five levels deep.
/// </summary>
internal sealed partial class CommitteeGenerator
{
    private static readonly string[] JointBranches = ["群团组织联合党支部", "非公企业联合党支部", "个体工商户联合党支部"];

    private bool _holdingCreated;

    private void BuildTree()
    {
        _remainingOrganizations = _plan.ShareOf(_plan.Organizations, _setup.Index);
        // A township first: it reaches three levels (党委 → 支部 → 党小组), and its office branch is the secretary's.
        if (_remainingOrganizations >= 3)
        {
            Township(first: true);
        }

        while (_remainingOrganizations > 0)
        {
            switch (_random.Next(100))
            {
                case < 38:
                    Township(first: false);
                    break;
                case < 80:
                    Department();
                    break;
                case < 94:
                    Enterprise();
                    break;
                case < 97:
                    Joint();
                    break;
                default:
                    Temporary();
                    break;
            }
        }
    }

    private string County => _setup.County.Name;

    private void Township(bool first)
    {
        var township = Draw(Vocabulary.Townships);
        var committee = Add(null, OrganizationType.PartyCommittee, township + "党委", County + township, UnitKind.TownshipOrStreet)!;
        var office = Add(committee, OrganizationType.Branch, township + "机关党支部", County + township + "人民政府", UnitKind.TownshipOrStreet);
        AddGroups(office, first ? 2 : _random.Next(3));
        var places = 3 + _random.Next(10);
        for (var i = 0; i < places && _remainingOrganizations > 0; i++)
        {
            if (_random.Next(100) < 15)
            {
                var community = Draw(Vocabulary.Communities) + "社区";
                AddGroups(Add(committee, OrganizationType.Branch, community + "党支部", township + community + "居民委员会", UnitKind.VillageOrCommunity), _random.Next(3));
                continue;
            }

            var village = VillageName();
            var unit = township + village[..^1] + "村民委员会";
            if (_random.Next(100) < 20 && _remainingOrganizations >= 4)
            {
                var general = Add(committee, OrganizationType.GeneralBranch, village + "党总支", unit, UnitKind.VillageOrCommunity);
                var branches = 2 + _random.Next(2);
                for (var b = 0; b < branches; b++)
                {
                    AddGroups(Add(general, OrganizationType.Branch, village + Vocabulary.GroupOrdinals[b] + "党支部", unit, UnitKind.VillageOrCommunity), _random.Next(2));
                }
            }
            else
            {
                AddGroups(Add(committee, OrganizationType.Branch, village + "党支部", unit, UnitKind.VillageOrCommunity), _random.Next(100) < 30 ? 1 : 0);
            }
        }
    }

    private void Department()
    {
        var unit = County + Draw(Vocabulary.Departments);
        if (_random.Next(100) < 20 && _remainingOrganizations >= 5)
        {
            var committee = Add(null, OrganizationType.PartyCommittee, unit + "机关党委", unit, UnitKind.GovernmentDepartment);
            var offices = Vocabulary.DepartmentOffices.OrderBy(_ => _random.Next()).Take(2 + _random.Next(3));
            foreach (var office in offices)
            {
                AddGroups(Add(committee, OrganizationType.Branch, office + "党支部", unit, UnitKind.GovernmentDepartment), _random.Next(3));
            }

            return;
        }

        var name = unit + (_random.Next(2) == 0 ? "机关党支部" : "党支部");
        AddGroups(Add(null, OrganizationType.Branch, name, unit, UnitKind.GovernmentDepartment), Math.Max(0, _random.Next(5) - 1));
    }

    private void Enterprise()
    {
        var unit = County + Draw(Vocabulary.StateEnterprises);
        var shape = _random.Next(100);
        if (shape < 25 && !_holdingCreated && _remainingOrganizations >= 9)
        {
            // Five levels: the holding company's 党委 over a subsidiary's.
            _holdingCreated = true;
            var holdingUnit = County + "国有资本投资运营集团有限公司";
            var holding = Add(null, OrganizationType.PartyCommittee, County + "国有资本投资运营集团党委", holdingUnit, UnitKind.StateEnterprise);
            Divisions(Add(holding, OrganizationType.PartyCommittee, unit + "党委", unit, UnitKind.StateEnterprise), unit);
        }
        else if (shape < 50 && _remainingOrganizations >= 5)
        {
            Divisions(Add(null, OrganizationType.PartyCommittee, unit + "党委", unit, UnitKind.StateEnterprise), unit);
        }
        else if (shape < 80 && _remainingOrganizations >= 3)
        {
            var general = Add(null, OrganizationType.GeneralBranch, unit + "党总支", unit, UnitKind.StateEnterprise);
            foreach (var division in Vocabulary.EnterpriseDivisions.OrderBy(_ => _random.Next()).Take(2 + _random.Next(3)))
            {
                AddGroups(Add(general, OrganizationType.Branch, division + "党支部", unit, UnitKind.StateEnterprise), _random.Next(2));
            }
        }
        else
        {
            AddGroups(Add(null, OrganizationType.Branch, unit + "党支部", unit, UnitKind.StateEnterprise), _random.Next(3));
        }
    }

    /// <summary>党总支 per division of a company, each over one to three branches.</summary>
    private void Divisions(OrgNode? company, string unit)
    {
        foreach (var division in Vocabulary.EnterpriseDivisions.OrderBy(_ => _random.Next()).Take(2 + _random.Next(2)))
        {
            var general = Add(company, OrganizationType.GeneralBranch, division + "党总支", unit, UnitKind.StateEnterprise);
            var branches = 1 + _random.Next(3);
            for (var b = 0; b < branches; b++)
            {
                AddGroups(Add(general, OrganizationType.Branch, division + Vocabulary.GroupOrdinals[b] + "党支部", unit, UnitKind.StateEnterprise), _random.Next(3));
            }
        }
    }

    private void Joint()
    {
        var name = County + Pick(JointBranches);
        if (_names.Contains(name))
        {
            Department();
            return;
        }

        Add(null, OrganizationType.JointBranch, name, County + name[..^5], UnitKind.Other);
    }

    /// <summary>临时党支部 of a project that began this year: it owes meetings only from the day it was set up.</summary>
    private void Temporary()
    {
        var name = County + Draw(Vocabulary.Projects) + "项目临时党支部";
        var span = _lastDay.DayNumber - _yearStart.DayNumber;
        if (span < 120 || _names.Contains(name))
        {
            Department();
            return;
        }

        var established = _yearStart.AddDays(30 + _random.Next(span - 90));
        var branch = Add(null, OrganizationType.TemporaryBranch, name, name[..^7] + "项目指挥部", UnitKind.Other, established);
        if (branch is not null)
        {
            branch.Entity.EndsOn = established.AddYears(1);
        }
    }

    private void AddGroups(OrgNode? branch, int count)
    {
        for (var i = 0; i < count && branch is not null; i++)
        {
            Add(branch, OrganizationType.PartyGroup, Vocabulary.GroupOrdinals[i] + "党小组", null, branch.Kind);
        }
    }

    private string VillageName()
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Pick(Vocabulary.VillagePrefixes) + Pick(Vocabulary.VillageSuffixes) + "村";
            if (attempt > 20 || !_names.Contains(name + "党支部"))
            {
                return attempt > 20 ? name[..^1] + attempt + "村" : name;
            }
        }
    }

    /// <summary>
    /// Adds an organisation under <paramref name="parent"/> with the next path segment, as
    /// <c>OrganizationManager.CreateAsync</c> allocates it; null once the committee's share of organisations is used
    /// up (or under a parent that was not created), which is how every shape shrinks to fit.
    /// </summary>
    private OrgNode? Add(OrgNode? parent, OrganizationType type, string name, string? unitName, UnitKind kind, DateOnly? establishedOn = null)
    {
        if (_remainingOrganizations == 0 || (parent is null && type == OrganizationType.PartyGroup))
        {
            return null;
        }

        _remainingOrganizations--;
        var segment = parent is null ? ++_topLevelCount : ++parent.ChildCount;
        var established = establishedOn ?? (parent?.Entity.EstablishedOn is { } above
            ? Min(above.AddDays(_random.Next(3000)), _yearStart.AddDays(-1))
            : _founded.AddDays(-_random.Next(365 * 30)));
        var createdOn = Max(_loadDay.AddDays(-1), established);
        var created = EnteredOn(createdOn);
        var brand = OrganizationConsts.IsBranchLike(type) && _random.Next(100) < 35 ? Pick(Vocabulary.Brands) : default;
        var organization = new Organization(_random.NewId(created), parent?.Entity.Id, (parent?.Entity.Path ?? "") + Organization.PathSegment(segment), type, name)
        {
            CategoryId = _setup.OrganizationCategories.TryGetValue(kind, out var category) ? category : null,
            UnitName = unitName,
            EstablishedOn = established,
            JoinedOn = parent is null ? Max(_founded, established) : null,
            SortOrder = segment,
            BrandName = brand.Name,
            BrandSlogan = brand.Slogan,
            BrandDescription = brand.Name is null ? null : $"以“{brand.Name}”为品牌，{brand.Slogan}。",
            ConcurrencyStamp = _random.NewConcurrencyStamp(),
        };
        _batch.Rows<Organization>().Add(organization, new RowAudit(created));
        _names.Add(name);

        var node = new OrgNode(organization, parent, kind, createdOn)
        {
            Diligence = type == OrganizationType.PartyGroup ? parent!.Diligence : _random.Next(100) switch
            {
                < 55 => Diligent,
                < 85 => 0.8,
                _ => 0.5,
            },
            ThemedDay = 5 + _random.Next(10),
            // 组织生活会 is mostly held in the fourth quarter (MeetingCitations.OrganizationalLife): some in November.
            OrganizationalLifeDay = _random.Next(100) < 25
                ? new DateOnly(_plan.AsOf.Year, 11, 5 + _random.Next(15))
                : new DateOnly(_plan.AsOf.Year, 12, 15 + _random.Next(14)),
        };
        if (node.IsBranchLike && !_nodes.Any(n => n.IsBranchLike))
        {
            // The secretary's branch keeps up, so a benchmark signing in as the secretary finds a full year.
            node.Diligence = Diligent;
        }

        parent?.Children.Add(node);
        _nodes.Add(node);
        return node;
    }
}
