return DobraPraxe.Generator.Cli.CliApp.Run(args, Console.Out, Console.Error, DobraPraxe.Generator.Cli.ConsoleMode.Detect(), ownsProcess: true);
