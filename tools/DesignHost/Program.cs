Console.WriteLine("Design-time host for EF Core migrations. See tools/add-migration.sh.");
