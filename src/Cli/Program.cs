using Platform.Cli;

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the running script cleanly; the process then exits with the run's status.
    e.Cancel = true;
    interrupted.Cancel();
};
return CommandLine.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory) { Cancellation = interrupted.Token });
