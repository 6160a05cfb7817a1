"""The Fears page: fears faced, and ladders from easy to hard."""
