using Platform.Engine.Runtime.Values;

namespace Platform.Engine.Runtime.Templates;

/// <summary>What a rendering template may use from its run: the run's variables, the clock, and the run's limits.</summary>
internal interface ITemplateHost
{
    /// <summary>A run variable by name without its $ (var, input, env, auth, or a stack variable); false when there is none.</summary>
    bool TryGetVariable(string name, out XsValue value);

    TimeProvider Clock { get; }

    /// <summary>How many times one for loop (or one range) may iterate: the run's loop limit.</summary>
    long LoopLimit { get; }

    /// <summary>The largest value the run may hold, in approximate bytes; the output may not outgrow it.</summary>
    long ValueBytes { get; }

    /// <summary>The longest text a template may produce, in characters (two bytes each).</summary>
    long MaxOutputLength => ValueBytes / 2;

    /// <summary>Called once per loop iteration: checks the run's time limit and cancellation.</summary>
    void CountIteration();
}
