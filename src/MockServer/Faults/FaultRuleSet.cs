using AvatarIV.MockServer.Hosting;
using AvatarIV.MockServer.Persistence;

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
    private const string DocumentName = "fault_rules";

    private readonly List<ActiveFaultRule> _rules = [];
    private readonly MockState _state;
    private int _added;
    private int _ruleCount; // _rules.Count as of the last change: most requests meet no rules and skip the lock

    /// <summary>Starts with the stored rules (counters and switches as they were) when the state directory has them, else the --fault rules.</summary>
    public FaultRuleSet(IReadOnlyList<FaultRule> startupRules, int? seed, MockState? state = null)
    {
        _startupRules = startupRules;
        _seed = seed;
        _state = state ?? MockState.InMemory;
        if (_state.LoadDocument<StoredRules>(DocumentName) is { } stored)
        {
            _added = stored.Added;
            _rules.AddRange(stored.Rules.Select(r => new ActiveFaultRule(r.Id, r.Rule, DiceFor(r.Number), r.TimesLeft, r.Hits, r.Enabled)));
            _ruleCount = _rules.Count;
        }
        else
        {
            Reset();
        }
    }

    public ActiveFaultRule Add(FaultRule rule)
    {
        lock (_gate)
        {
            _added++;
            var active = new ActiveFaultRule($"fault_{_added}", rule, DiceFor(_added));
            _rules.Add(active);
            Persist();
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
            var removed = _rules.RemoveAll(r => r.Id == id) > 0;
            Persist();
            return removed;
        }
    }

    /// <summary>Turns a rule on or off without losing its counters; null when there is no such rule.</summary>
    public ActiveFaultRule? SetEnabled(string id, bool enabled)
    {
        lock (_gate)
        {
            var rule = _rules.Find(r => r.Id == id);
            rule?.Enabled = enabled;
            Persist();
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
            Persist();
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
            Volatile.Write(ref _ruleCount, 0);
            foreach (var rule in _startupRules)
            {
                Add(rule);
            }
        }
    }

    /// <summary>The rule that applies to this request, if any; counts it against the rule's <c>times</c>.</summary>
    public FaultRule? Take(string method, string path)
    {
        if (Volatile.Read(ref _ruleCount) == 0)
        {
            return null;
        }

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

                Persist();
                return active.Rule;
            }

            return null;
        }
    }

    private Random DiceFor(int number) => _seed is { } seed ? new Random(unchecked((seed * 7919) + number)) : new Random();

    /// <summary>Called under the gate after each change (hit counts included, so times=N survives a restart).</summary>
    private void Persist()
    {
        Volatile.Write(ref _ruleCount, _rules.Count);
        _state.SaveDocument(DocumentName, new StoredRules(
            _added, [.. _rules.Select(r => new StoredRule(r.Id, int.Parse(r.Id["fault_".Length..], System.Globalization.CultureInfo.InvariantCulture), r.Rule, r.TimesLeft, r.Hits, r.Enabled))]));
    }

    private sealed record StoredRules(int Added, List<StoredRule> Rules);

    private sealed record StoredRule(string Id, int Number, FaultRule Rule, int? TimesLeft, int Hits, bool Enabled);
}
