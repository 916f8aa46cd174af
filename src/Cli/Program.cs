using Platform.Cli;

return CommandLine.Run(args, new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory));
