self.workboxFixture = true;
