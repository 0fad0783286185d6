namespace AvatarIV.MockServer.Faults;

/// <summary>A rule in force: its id, how many applications it has left, and its own dice.</summary>
public sealed class ActiveFaultRule(string id, FaultRule rule, Random dice)
{
    /// <summary>A rule read back from the state directory with the counters it had.</summary>
    public ActiveFaultRule(string id, FaultRule rule, Random dice, int? timesLeft, int hits, bool enabled)
        : this(id, rule, dice)
    {
        TimesLeft = timesLeft;
        Hits = hits;
        Enabled = enabled;
    }

    public string Id { get; } = id;

    public FaultRule Rule { get; } = rule;

    public int? TimesLeft { get; private set; } = rule.Times;

    public int Hits { get; private set; }

    public bool IsRetired => TimesLeft == 0;

    /// <summary>A disabled rule stays listed with its counters but never fires (the dashboard's toggle).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Rolls this rule's dice for a matching request. Callers hold the rule set's lock.</summary>
    public bool TryFire()
    {
        // The dice are rolled only for probabilistic rules, so a certain rule never shifts the sequence.
        if (Rule.Probability < 1 && dice.NextDouble() >= Rule.Probability)
        {
            return false;
        }

        Hits++;
        TimesLeft--;
        return true;
    }
}
