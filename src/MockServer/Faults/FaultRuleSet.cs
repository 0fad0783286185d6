using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Faults;

/// <summary>
/// The rules in force, shared by every request. Rules are tried in the order they were added;
/// the first one that fires wins. With a server seed each rule's dice are seeded from it and the
/// rule's number, so the same flags and the same requests give the same faults in every run.
/// </summary>
public sealed class FaultRuleSet : IMockResettable
{
    private readonly object _gate = new();
    private readonly IReadOnlyList<FaultRule> _startupRules;
    private readonly int? _seed;
    private readonly List<ActiveFaultRule> _rules = [];
    private int _added;

    public FaultRuleSet(IReadOnlyList<FaultRule> startupRules, int? seed)
    {
        _startupRules = startupRules;
        _seed = seed;
        Reset();
    }

    public ActiveFaultRule Add(FaultRule rule)
    {
        lock (_gate)
        {
            _added++;
            var dice = _seed is { } seed ? new Random(unchecked((seed * 7919) + _added)) : new Random();
            var active = new ActiveFaultRule($"fault_{_added}", rule, dice);
            _rules.Add(active);
            return active;
        }
    }

    public IReadOnlyList<ActiveFaultRule> List()
    {
        lock (_gate)
        {
            return [.. _rules];
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>Turns a rule on or off without losing its counters; null when there is no such rule.</summary>
    public ActiveFaultRule? SetEnabled(string id, bool enabled)
    {
        lock (_gate)
        {
            var rule = _rules.Find(r => r.Id == id);
            rule?.Enabled = enabled;
            return rule;
        }
    }

    /// <summary>Removes every rule, the start-up ones included.</summary>
    public int Clear()
    {
        lock (_gate)
        {
            var count = _rules.Count;
            _rules.Clear();
            return count;
        }
    }

    /// <summary>Back to the start-up (--fault) rules with fresh counters and dice, as after a restart.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _rules.Clear();
            _added = 0;
            foreach (var rule in _startupRules)
            {
                Add(rule);
            }
        }
    }

    /// <summary>The rule that applies to this request, if any; counts it against the rule's <c>times</c>.</summary>
    public FaultRule? Take(string method, string path)
    {
        lock (_gate)
        {
            foreach (var active in _rules)
            {
                if (!active.Enabled || !active.Rule.Matches(method, path) || !active.TryFire())
                {
                    continue;
                }

                if (active.IsRetired)
                {
                    _rules.Remove(active);
                }

                return active.Rule;
            }

            return null;
        }
    }
}
