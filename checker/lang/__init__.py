"""Language data: word lists and tables, apart from the grammar that uses them (as dateparser keeps
its language data apart from parsing). Modules here hold data and the lookups over it, nothing else."""
